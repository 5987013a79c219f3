/**
 * The page asks the background again when no answer came (a background that was asleep or restarting), but
 * never for a check a newer one replaced, and it sends a long text in parts.
 */
import { describe, expect, it } from 'vitest';
import { ASK_AGAIN_AFTER_MS, requestCheck } from '../../page/check-request';
import { TEXT_PART, type CheckReply } from '../../extension/messages';

const ANSWER: CheckReply = { findings: [], more: false, views: {} as never };

/** A background that does not answer the first `silent` texts; records every part it got. */
function background(silent: number) {
  const got: { part: number; parts: number; length: number }[] = [];
  let texts = 0;
  const send = async (m: { text: string; part: number; parts: number }) => {
    got.push({ part: m.part, parts: m.parts, length: m.text.length });
    if (m.part < m.parts - 1) return undefined;
    return texts++ < silent ? undefined : ANSWER;
  };
  return { send, got };
}

const waited: number[] = [];
const wait = async (ms: number) => void waited.push(ms);

describe('requestCheck', () => {
  it('answers at once when the background answers', async () => {
    const { send, got } = background(0);
    expect(await requestCheck('Dag Ahmed.', 'f1', () => true, send, wait)).toBe(ANSWER);
    expect(got).toHaveLength(1);
  });

  it('asks again when the background did not answer, and gets the findings', async () => {
    waited.length = 0;
    const { send, got } = background(2);
    expect(await requestCheck('Dag Ahmed.', 'f1', () => true, send, wait)).toBe(ANSWER);
    expect(got).toHaveLength(3);
    expect(waited).toEqual(ASK_AGAIN_AFTER_MS.slice(0, 2));
  });

  it('gives up after a few tries', async () => {
    const { send, got } = background(Infinity);
    expect(await requestCheck('Dag Ahmed.', 'f1', () => true, send, wait)).toBeUndefined();
    expect(got).toHaveLength(ASK_AGAIN_AFTER_MS.length + 1);
  });

  it('does not ask again for a check a newer one replaced', async () => {
    const { send, got } = background(Infinity);
    let wanted = true;
    const replacedWhileWaiting = async () => void (wanted = false);
    expect(await requestCheck('Dag Ahmed.', 'f1', () => wanted, send, replacedWhileWaiting)).toBeUndefined();
    expect(got).toHaveLength(1);
  });

  it('takes a cancelled check as final', async () => {
    const got: number[] = [];
    const send = async () => (got.push(1), { cancelled: true as const });
    expect(await requestCheck('Dag Ahmed.', 'f1', () => true, send, wait)).toBeUndefined();
    expect(got).toHaveLength(1);
  });

  it('sends a long text in parts, and all of them again when asking again', async () => {
    const { send, got } = background(1);
    const text = 'a'.repeat(TEXT_PART * 2 + 10);
    expect(await requestCheck(text, 'f1', () => true, send, wait)).toBe(ANSWER);
    expect(got.map((g) => g.part)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(got.reduce((n, g) => n + g.length, 0)).toBe(text.length * 2);
  });
});
