/**
 * Which main-thread tasks were ours, from a Chromium performance trace (the DevTools protocol, as the
 * Performance panel records it). Pages cannot attribute work to an extension (Long Animation Frames leave
 * extension scripts out), so the tests and `npm run bench:page` read the trace: for every task on the page's
 * main thread, the time spent inside functions of `chrome-extension://` scripts, layout they forced included.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; stackTrace?: { url: string }[]; timerId?: number; id?: number }; name?: string };
}

export interface TaskReport {
  /** Our time in the task where it was longest (ms). */
  longestOurs: number;
  /** The longest task on the main thread, whoever's it was (ms). */
  longestTask: number;
  /** How many tasks had any time of ours. */
  tasksWithOurs: number;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TaskReport>> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: TraceEvent[] }) => events.push(...value);
  const session = cdp as unknown as {
    on(e: string, l: (p: never) => void): void;
    off(e: string, l: (p: never) => void): void;
    once(e: string, l: () => void): void;
  };
  session.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' } as never);
  return async () => {
    const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    session.off('Tracing.dataCollected', onData);
    if (process.env.KLARETAAL_TRACE_DUMP) (await import('node:fs')).writeFileSync(process.env.KLARETAAL_TRACE_DUMP, JSON.stringify(events));
    return analyse(events);
  };
}

function analyse(events: TraceEvent[]): TaskReport {
  // The renderer's main thread: the thread named CrRendererMain with the most tasks.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mains = new Set(names.map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur !== undefined);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  // Timers and animation frames we asked for: their callbacks (and the promise work after them) are ours too,
  // also when the callback itself is the browser's (`setTimeout(resolve)` to give the page a turn).
  const ourTimers = new Set(events.filter((e) => e.name === 'TimerInstall' && isOurs(e)).map((e) => e.args!.data!.timerId));
  const ourFrames = new Set(events.filter((e) => e.name === 'RequestAnimationFrame' && isOurs(e)).map((e) => e.args!.data!.id));
  const ourCalls = onMain.filter(
    (e) =>
      ((e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') && isOurs(e)) ||
      (e.name === 'TimerFire' && ourTimers.has(e.args?.data?.timerId)) ||
      (e.name === 'FireAnimationFrame' && ourFrames.has(e.args?.data?.id)),
  );
  // Promise continuations run after the callback, in the same task.
  const microtasks = onMain.filter((e) => e.name === 'RunMicrotasks');
  ourCalls.sort((a, b) => a.ts - b.ts);
  tasks.sort((a, b) => a.ts - b.ts);
  let longestOurs = 0;
  let longestTask = 0;
  let tasksWithOurs = 0;
  let next = 0;
  for (const task of tasks) {
    longestTask = Math.max(longestTask, task.dur! / 1000);
    const end = task.ts + task.dur!;
    while (next < ourCalls.length && ourCalls[next].ts < task.ts) next++;
    // Outermost calls of ours inside this task (nested ones are part of their parent's time).
    let ours = 0;
    let coveredUntil = -1;
    for (let i = next; i < ourCalls.length && ourCalls[i].ts < end; i++) {
      const call = ourCalls[i];
      if (call.pid !== task.pid || call.tid !== task.tid || call.ts < coveredUntil) continue;
      ours += call.dur!;
      coveredUntil = call.ts + call.dur!;
    }
    if (ours > 0) {
      tasksWithOurs++;
      for (const m of microtasks) if (m.pid === task.pid && m.tid === task.tid && m.ts >= coveredUntil && m.ts < end) ours += m.dur!;
    }
    longestOurs = Math.max(longestOurs, ours / 1000);
  }
  return { longestOurs, longestTask, tasksWithOurs };
}

function isOurs(e: TraceEvent): boolean {
  const data = e.args?.data;
  const url = data?.url ?? data?.stackTrace?.[0]?.url ?? '';
  return url.startsWith('chrome-extension://');
}
