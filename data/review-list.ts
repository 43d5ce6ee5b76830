/**
 * The pack's review list: every source, with the statements that rest on it, so an
 * editor can re-read each page and check each statement against it. Written to
 * data/stories/<id>/REVIEW.md by `npm run review-list`; a test keeps it in step with
 * the pack. Pure.
 */
import type { StoryContent } from './schema';

const words = (text: string, n = 14) => {
  const list = text.split(/\s+/);
  return list.length > n ? `${list.slice(0, n).join(' ')} …` : text;
};

/** The review list of a pack, as Markdown. */
export function reviewList(pack: StoryContent): string {
  const uses = new Map<string, string[]>();
  const add = (source: string, line: string) =>
    uses.set(source, [...(uses.get(source) ?? []), line]);
  for (const e of pack.timeline) {
    for (const s of e.attribution.sources)
      add(s, `timeline \`${e.id}\` (${e.date}): ${words(e.text.en)}`);
  }
  for (const field of ['whyItMatters', 'watchNext'] as const) {
    pack[field].forEach((note, i) => {
      for (const s of note.attribution.sources) add(s, `${field}[${i}]: ${words(note.text.en)}`);
    });
  }
  const steps = new Map<string, string[]>();
  for (const p of pack.positions) {
    for (const step of p.steps) {
      steps.set(step.entry, [
        ...(steps.get(step.entry) ?? []),
        `${p.party}/${p.question} ${step.stance}`,
      ]);
    }
  }
  const out = [
    `# Review list: ${pack.title.en}`,
    '',
    `Generated from story.json by \`npm run review-list\`; do not edit by hand.`,
    `Events through ${pack.eventsThrough}; last reviewed ${pack.reviewed}.`,
    `${pack.sources.length} sources; ${pack.timeline.length} timeline entries.`,
    '',
    'For each source: re-read the page at the address and check every statement listed under it.',
    'Position steps (party/question stance) are listed with the entry they come from.',
    '',
  ];
  for (const s of pack.sources) {
    const date =
      s.dateFrom === 'page'
        ? s.date
        : `${s.date} (${s.dateFrom === 'url' ? 'from the address' : 'date of the events; the page shows none'})`;
    out.push(
      `## ${s.publisher}, ${date}`,
      '',
      `- id: \`${s.id}\``,
      `- address: <${s.url}>`,
      `- language: ${s.lang}${s.via ? `; carrying ${s.via}` : ''}`,
    );
    if (s.title) out.push(`- headline: ${s.title}`);
    out.push('- statements resting on it:');
    for (const line of uses.get(s.id) ?? []) {
      const id = /`([^`]+)`/.exec(line)?.[1];
      const st = id ? steps.get(id) : undefined;
      out.push(`  - ${line}${st ? ` — position steps: ${st.join(', ')}` : ''}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
