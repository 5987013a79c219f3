/**
 * How the page script asks the background for a check. A long text goes in parts, each in a task of its own, so
 * copying it into a message never blocks the page. When no answer comes (the background is starting or was
 * stopped by the browser and wakes on this very message, as Firefox does), the page asks again a few times
 * before it gives up: otherwise the user's first check would be lost until they type again.
 */
import { askBackground, TEXT_PART, type CheckReply } from '../extension/messages';
import { splitText } from './positions';

/** Waits before asking again, in milliseconds: about 4 seconds in all. */
export const ASK_AGAIN_AFTER_MS = [250, 1_000, 3_000] as const;

type Send = (part: { text: string; field: string; part: number; parts: number }) => Promise<CheckReply | undefined>;

const sendPart: Send = (part) => askBackground({ type: 'klaretaal:check', ...part });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The findings for `text` in the field `field`; undefined when a newer check of the field replaced this one, or
 * when the background did not answer after asking again. A check that is no longer wanted is not asked again:
 * it would cancel the newer check of the same field in the background.
 */
export async function requestCheck(text: string, field: string, stillWanted: () => boolean, send: Send = sendPart, wait = sleep) {
  const parts = splitText(text, TEXT_PART);
  for (let attempt = 0; ; attempt++) {
    let reply: CheckReply | undefined;
    for (let part = 0; part < parts.length; part++) {
      reply = await send({ text: parts[part], field, part, parts: parts.length });
    }
    if (reply) return 'findings' in reply ? reply : undefined;
    if (attempt === ASK_AGAIN_AFTER_MS.length || !stillWanted()) return undefined;
    await wait(ASK_AGAIN_AFTER_MS[attempt]);
    if (!stillWanted()) return undefined;
  }
}
