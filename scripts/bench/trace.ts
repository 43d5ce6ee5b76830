/**
 * What an extension costs a page's main thread, read from a Chromium trace: the union
 * of (a) trace events that name an extension script (EvaluateScript, v8.compile, v8.run,
 * FunctionCall) and (b) CPU-profile samples whose stack holds an extension frame (this
 * catches promise continuations, MutationObserver callbacks, idle callbacks and the DOM
 * calls our code makes, which carry no script URL in the trace). Also: the longest
 * stretch of extension time inside one main-thread task.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  cat?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

type Interval = [number, number];

const EXT = 'chrome-extension://';

function urlOf(e: TraceEvent): string | undefined {
  const d = e.args?.data as { url?: string } | undefined;
  return d?.url ?? (e.args as { fileName?: string } | undefined)?.fileName;
}

/** The renderer main thread that parsed `pageUrl`. */
function mainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  for (const e of events) {
    const begin = (e.args as { beginData?: { url?: string } } | undefined)?.beginData;
    if (e.name === 'ParseHTML' && begin?.url === pageUrl) return { pid: e.pid, tid: e.tid };
  }
  return null;
}

function union(list: Interval[]): Interval[] {
  list.sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [s, e] of list) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function overlap(list: Interval[], [s, e]: Interval): number {
  let total = 0;
  for (const [a, b] of list) {
    if (b <= s) continue;
    if (a >= e) break;
    total += Math.min(b, e) - Math.max(a, s);
  }
  return total;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

/** An interval (µs) of extension time and the extension script it ran in. */
type Tagged = [number, number, string];

/** Sample intervals (µs) whose stack holds an extension frame (tagged with the innermost one's script), per profiled thread. */
function extensionSamples(events: TraceEvent[], thread: { pid: number; tid: number }): Tagged[] {
  const starts = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid && e.id) {
      starts.set(e.id, (e.args?.data as { startTime: number }).startTime);
    }
  }
  const out: Tagged[] = [];
  for (const [id, start] of starts) {
    const nodes = new Map<number, ProfileNode>();
    const samples: number[] = [];
    const deltas: number[] = [];
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.id !== id || e.pid !== thread.pid) continue;
      const d = e.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      samples.push(...(d.cpuProfile?.samples ?? []));
      deltas.push(...(d.timeDeltas ?? []));
    }
    // The script of the innermost extension frame on a node's stack ('' when none).
    const ext = new Map<number, string>();
    const extScript = (nodeId: number): string => {
      const known = ext.get(nodeId);
      if (known !== undefined) return known;
      const n = nodes.get(nodeId);
      const url = n?.callFrame.url ?? '';
      const v = !n
        ? ''
        : url.startsWith(EXT)
          ? url
          : n.parent !== undefined
            ? extScript(n.parent)
            : '';
      ext.set(nodeId, v);
      return v;
    };
    let t = start;
    const times = deltas.map((d) => (t += d));
    const sorted = [...deltas].sort((a, b) => a - b);
    const typical = sorted[sorted.length >> 1] ?? 100;
    for (let i = 0; i < samples.length; i++) {
      const script = extScript(samples[i]!);
      if (!script) continue;
      const next = times[i + 1] ?? times[i]! + typical;
      out.push([times[i]!, Math.min(next, times[i]! + 2 * typical), script]);
    }
  }
  return out;
}

export interface Cost {
  /** Extension main-thread time, ms. */
  totalMs: number;
  /** Longest extension time inside one main-thread task, ms. */
  longestMs: number;
  /** Extension time in [fromUs, toUs) only (e.g. after the first live post), ms. */
  windowMs(fromUs: number, toUs?: number): number;
  /** Per main-thread task with extension time: its start (µs) and the extension ms in it. */
  tasks: Array<{ ts: number; ms: number }>;
  /** Extension ms per script file (trigger.js, page.js…; time of one script counted once). */
  byScript: Record<string, number>;
}

/** The file name of an extension script's address (chrome-extension://id/content-scripts/page.js → page.js). */
const scriptName = (url: string) => url.slice(url.lastIndexOf('/') + 1).replace(/[?#].*$/, '');

/** Extension cost on the main thread of the page at `pageUrl`. */
export function extensionCost(events: TraceEvent[], pageUrl: string): Cost {
  const thread = mainThread(events, pageUrl);
  if (!thread) throw new Error(`no main thread parsed ${pageUrl} in the trace`);
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const tagged: Tagged[] = [];
  for (const e of onMain) {
    if (e.ph !== 'X' || !e.dur) continue;
    const url = urlOf(e) ?? '';
    if (url.startsWith(EXT)) tagged.push([e.ts, e.ts + e.dur, url]);
  }
  tagged.push(...extensionSamples(events, thread));
  const ext = union(tagged.map(([a, b]): Interval => [a, b]));
  const perScript = new Map<string, Interval[]>();
  for (const [a, b, url] of tagged) {
    const name = scriptName(url);
    const list = perScript.get(name) ?? [];
    list.push([a, b]);
    perScript.set(name, list);
  }
  const byScript: Record<string, number> = {};
  for (const [name, list] of perScript) {
    byScript[name] = union(list).reduce((s, [a, b]) => s + b - a, 0) / 1000;
  }
  const tasks = union(
    onMain
      .filter(
        (e) =>
          e.ph === 'X' &&
          e.dur &&
          (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
      )
      .map((e): Interval => [e.ts, e.ts + e.dur!]),
  );
  let longest = 0;
  const perTask: Cost['tasks'] = [];
  for (const task of tasks) {
    const ms = overlap(ext, task);
    longest = Math.max(longest, ms);
    if (ms > 0) perTask.push({ ts: task[0], ms: ms / 1000 });
  }
  const total = ext.reduce((s, [a, b]) => s + b - a, 0);
  return {
    totalMs: total / 1000,
    longestMs: Math.max(longest, 0) / 1000,
    windowMs: (from, to = Infinity) => overlap(ext, [from, to]) / 1000,
    tasks: perTask,
    byScript,
  };
}

/** Timestamp (µs, trace clock) of the page's performance.mark(name), if traced. */
export function markTs(events: TraceEvent[], name: string): number | undefined {
  return events.find(
    (e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'),
  )?.ts;
}
