/**
 * The background's answer to what the always-on gate lets through (detection.ts
 * `screenTrigger`): the pre-filter, the screen and the detector's reading of the raw text
 * decide whether the page side starts.
 */
import { describe, expect, it, vi } from 'vitest';
import { screenTrigger } from '../../../entrypoints/background/detection';
import type { Trigger } from '../../../lib/messages';
import { BLOCK_BREAK } from '../../../lib/text-breaks';
import { compile } from '../../../lib/detect';
import { stories } from '../detect/helpers';

// the packs as the build prepares them for the background (a virtual module in the build)
vi.mock('../../../data/rules', async () => ({
  storyRules: (await import('../detect/helpers')).stories,
}));

const URL_A = 'https://news.example/a';
const msg = (text: string, fresh: boolean, more = false): Trigger => ({
  type: 'factline:trigger',
  text,
  fresh,
  ...(more ? { more } : {}),
});

const ORDINARY =
  'The president of Harbour College moved into the official residence on Mill Street.';
const LOOKALIKE =
  'Putin spoke at the Valdai Club meeting in Sochi about the economy and answered questions for four hours.';
const STORY =
  'Russia says Ukraine sent 91 drones at Putin’s residence in the Novgorod region. Kyiv called the claim a lie.';

describe('screenTrigger', () => {
  it('on a cold worker too: the page side starts only when the screen finds the story possible', () => {
    expect(screenTrigger(1, URL_A, msg(ORDINARY, true))).toBe('none');
    expect(screenTrigger(2, URL_A, msg(LOOKALIKE, true))).toBe('no');
    expect(screenTrigger(20, URL_A, msg(STORY, true))).toBe('go');
  });

  it('screens the parts sent before the pre-filter accepted one', () => {
    // the first part holds the story's words but no trigger term; the second, a trigger term
    const first =
      'Ukraine sent 91 drones at the residence overnight, Moscow says. Kyiv called the claim a lie.';
    expect(screenTrigger(21, URL_A, msg(first, true, true))).toBe('more');
    expect(screenTrigger(21, URL_A, msg('The Novgorod region lies north of Moscow.', false))).toBe(
      'go',
    );
  });

  it('turns away a page the pre-filter rejects; an addition with a trigger term asks for the whole page', () => {
    expect(screenTrigger(3, URL_A, msg(ORDINARY, true))).toBe('none');
    expect(screenTrigger(3, URL_A, msg('Tours of the gardens follow.', false))).toBe('none');
    expect(screenTrigger(3, URL_A, msg('Putin’s residence, Russia said.', false))).toBe('resend');
    expect(screenTrigger(3, URL_A, msg(`${ORDINARY}\n${STORY}`, true))).toBe('go');
  });

  it('keeps a look-alike from the page side until what it adds could hold the story', () => {
    expect(screenTrigger(4, URL_A, msg(LOOKALIKE, true))).toBe('no');
    // after `no` every addition counts, with or without a trigger term of its own
    expect(screenTrigger(4, URL_A, msg('Later, officials spoke of 91 drones.', false))).toBe('no');
    expect(screenTrigger(4, URL_A, msg(STORY, false))).toBe('go');
  });

  it('reads a page sent in parts before it answers, each part without the end of the one before it repeats', () => {
    expect(screenTrigger(5, URL_A, msg(ORDINARY, true, true))).toBe('more');
    expect(screenTrigger(5, URL_A, msg(STORY, false))).toBe('go');
    // the story in the first part: the verdict still waits for the last
    expect(screenTrigger(6, URL_A, msg(STORY, true, true))).toBe('more');
    expect(screenTrigger(6, URL_A, msg(ORDINARY, false))).toBe('go');
    // a sentence cut between two parts; the second repeats the first's last 12 characters
    const cut = STORY.length - 40;
    expect(screenTrigger(10, URL_A, msg(STORY.slice(0, cut), true, true))).toBe('more');
    const next = { ...msg(STORY.slice(cut - 12), false), repeats: 12 };
    expect(screenTrigger(10, URL_A, next)).toBe('go');
  });

  it('spares the page side a look-alike whose raw text the detector rules out', () => {
    // every word the screen looks for, but a report of the Kremlin drones of May 2023
    const kremlin =
      `${BLOCK_BREAK}Two drones were downed over the Kremlin on Wednesday night, ` +
      'Peskov said, calling it an attempt on the life of President Putin and an attack on his residence, in May 2023.';
    const screen = compile(stories).screen();
    screen.add(kremlin.slice(1));
    expect(screen.possible()).toBe(true);
    expect(screenTrigger(11, URL_A, msg(kremlin, true))).toBe('no');
    // the story told in a block of its own beside it: the extraction may set it apart
    expect(screenTrigger(12, URL_A, msg(`${kremlin}${BLOCK_BREAK}${STORY}`, true))).toBe('go');
    // what the page adds: without any of the rules' terms it changes nothing
    expect(screenTrigger(11, URL_A, msg(`${BLOCK_BREAK}Tours of the gardens follow.`, false))).toBe(
      'no',
    );
    // with one, only the extraction knows where it stands on the page: the page side starts
    expect(screenTrigger(11, URL_A, msg(`${BLOCK_BREAK}The lake lies in Novgorod.`, false))).toBe(
      'go',
    );
  });

  it('starts the page side for an addition that completes a story its title began', () => {
    // the whole page: a title that tells the claim, and nothing else yet
    const title = `${BLOCK_BREAK}Drone strike targeted Putin’s residence, Moscow says\n${BLOCK_BREAK}Menu`;
    expect(screenTrigger(13, URL_A, msg(title, true))).toBe('no');
    const added = `${BLOCK_BREAK}The lakeside site lies in the Novgorod region.`;
    expect(screenTrigger(13, URL_A, msg(added, false))).toBe('go');
  });

  it('asks for the whole page when it lacks the start, or the page moved', () => {
    expect(screenTrigger(7, URL_A, msg(STORY, false))).toBe('resend');
    expect(screenTrigger(8, URL_A, msg(LOOKALIKE, true))).toBe('no');
    expect(screenTrigger(8, 'https://news.example/b', msg(STORY, false))).toBe('resend');
  });

  it('starts the page side on a page too big to send', () => {
    expect(
      screenTrigger(9, URL_A, {
        type: 'factline:trigger',
        text: '',
        fresh: true,
        unscreened: true,
      }),
    ).toBe('go');
  });
});
