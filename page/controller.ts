/**
 * Klaretaal on one page, put together: the documents and frames we listen in, the fields we check, the card,
 * the keys, and our layer. Started by the page script once the user clicks or types in a field.
 */
import type { Finding, RuleId } from '../contract/index';
import { Card, type CardActions } from './card';
import type { FieldController, FieldHost } from './field';
import { FieldRegistry } from './fields';
import { Frames } from './frames';
import { Keys } from './keys';
import { Overlay } from './overlay';

export interface PageOptions extends Omit<CardActions, 'recheckAll'> {
  /** Check a field's text (in the background, where the engine and the user's words are). */
  check: FieldHost['check'];
}

export class PageController {
  private readonly abort = new AbortController();
  private readonly fields: FieldRegistry;
  private readonly card: Card;
  private readonly frames: Frames;
  private layer: Overlay | undefined;
  private stopped = false;

  constructor(
    private readonly top: Document,
    options: PageOptions,
  ) {
    const overlay = () => {
      if (this.stopped) throw new Error('Klaretaal stopped on this page');
      this.layer ??= new Overlay(top);
      this.layer.ensureAttached(top);
      return this.layer;
    };
    this.card = new Card(overlay, {
      ignoreWord: options.ignoreWord,
      disableRule: options.disableRule,
      recheckAll: () => this.recheckAll(),
    });
    const host: FieldHost = {
      check: options.check,
      overlay,
      isIgnored: (finding: Finding, text: string) => this.card.ignored.has(finding, text),
      changed: (field: FieldController, previousText: string) => this.card.follow(field, previousText),
    };
    this.fields = new FieldRegistry(host, (field) => {
      if (this.card.field === field) this.card.close();
    });
    const keys = new Keys(this.fields, this.card);
    this.frames = new Frames(
      { focus: (doc) => this.focusMoved(doc), keydown: (e) => keys.keydown(e), click: (e) => keys.click(e) },
      this.abort.signal,
    );
    this.frames.watch(top);
  }

  /** Start on the field that has focus now (the user may already be typing when we arrive). */
  attachActive(): void {
    this.focusMoved(this.top);
  }

  /** The settings or the words changed (here or in another tab): check every field again. */
  recheckAll(): void {
    for (const field of this.fields.all()) field.markDirty(0);
  }

  /** Findings per rule in the field the user wrote in last (what the popup shows). */
  counts(): Partial<Record<RuleId, number>> | undefined {
    return this.fields.counts();
  }

  /** Still here (every few seconds): our layer stays visible (see overlay.ts). */
  beat(): void {
    this.layer?.beat();
  }

  destroy(): void {
    this.card.close();
    this.fields.destroy();
    this.abort.abort();
    this.layer?.remove();
    this.stopped = true;
  }

  private focusMoved(doc: Document): void {
    const active = this.frames.focused(doc);
    const field = active && this.fields.fieldFor(active);
    if (field) this.fields.last = field;
  }
}
