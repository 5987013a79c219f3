/**
 * The trainer page ("Oefenen"): a letter, what makes it hard marked per category, the hardest sentences, the
 * scores before and after, a before/after view of the words, presentation mode for a projector, and a
 * one-page print, with its plain logic and its parts side by side in this folder.
 */
import { textsOf } from '../categories';
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { applyFix, createChecker, type Checker } from '../../engine/index';
import { RULE_IDS, Finding, RuleId } from '../../contract/index';
import { nl } from '../../locales/nl';
import { summarize } from './compare';
import type { ExampleLetter } from './example-letters';
import { hardestSentences, type HardSentence } from './hardest';
import { originalAfterEdit } from './original';
import { cycleCategory, soloCategory, step, type Action } from './presentation';
import { inReadingOrder } from './segments';
import { SuggestionCard } from '../SuggestionCard';
import { reasonsAt } from '../../contract/index';
import './trainer.css';
import { CategoryList } from './CategoryList';
import { Compare } from './Compare';
import { HardestSentences, PrintedHardestSentences } from './HardestSentences';
import { HowTo, KeyHelp } from './Help';
import { MarkedText } from './MarkedText';
import { PrintDialog, type PrintOptions } from './PrintDialog';
import { ScoreTable } from './ScoreTable';
import { copyText, TextTools, Toolbar } from './Toolbar';
import { usePresentation } from './usePresentation';

const t = nl.ui.trainer;

export interface TrainerPageProps {
  letters: readonly ExampleLetter[];
  initialText?: string;
  /** The checker to use (e.g. with the user's word list); the built-in one when absent. */
  checker?: Checker;
  /** "Negeer dit woord altijd": store the word (the checker then leaves it alone); only closes the card when absent. */
  onIgnoreWord?(word: string): void;
}

export function TrainerPage({ letters, initialText = '', checker: given, onIgnoreWord }: TrainerPageProps) {
  const checker = useMemo(() => given ?? createChecker(), [given]);
  const [text, setText] = useState(initialText);
  const [original, setOriginal] = useState(initialText);
  const [hidden, setHidden] = useState<ReadonlySet<RuleId>>(new Set());
  // Index of the finding shown in the card, in reading order of the visible findings.
  // The place asked for; after a fix the list is shorter, so the place shown is clamped to it.
  const [wanted, setCursor] = useState<number>();
  const [sentence, setSentence] = useState<HardSentence>();
  const [comparing, setComparing] = useState(false);
  const [choosingPrint, setChoosingPrint] = useState(false);
  const [printOptions, setPrintOptions] = useState<PrintOptions>({ compare: false, hardest: false });
  // True from the browser's "beforeprint" to its "afterprint" (our button or its own Ctrl+P).
  const [printing, setPrinting] = useState(false);
  const [status, setStatus] = useState('');
  // Bumped when the keyboard moves to a finding, so it gets the focus after rendering.
  const [focusTick, setFocusTick] = useState(0);
  const marked = useRef<HTMLDivElement>(null);
  const sentenceRef = useRef<HTMLSpanElement>(null);
  // Set on paste when the whole text was selected: the pasted text is a new letter, so a new original.
  const pastingOverAll = useRef(false);

  // A message says what just happened; after a while it no longer applies.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  const result = useMemo(() => checker.check(text), [checker, text]);
  const before = useMemo(() => (original.trim() ? summarize(checker.check(original)) : undefined), [checker, original]);
  const now = summarize(result);
  const visible = useMemo(() => inReadingOrder(result.findings.filter((f) => !hidden.has(f.rule))), [result, hidden]);
  const all = useMemo(() => inReadingOrder(result.findings), [result]);
  const counts: Partial<Record<RuleId, number>> = {};
  for (const f of result.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  const present = RULE_IDS.filter((r) => counts[r]);
  const cursor = wanted === undefined || visible.length === 0 ? undefined : Math.min(wanted, visible.length - 1);
  const selected = cursor === undefined ? undefined : visible[cursor];
  const hardest = useMemo(() => hardestSentences(text, result.sentences, 5), [text, result]);

  /** Replace the text; ask first when the trainer changed it (those changes would be lost). */
  const load = (value: string, ask: string | undefined = text.trim() !== '' && text !== original ? t.confirmReplace : undefined) => {
    if (ask && !window.confirm(ask)) return;
    setStatus('');
    setText(value);
    setOriginal(value);
    setCursor(undefined);
    setSentence(undefined);
  };
  const showCategories = (next: Set<RuleId>) => {
    setHidden(next);
    setCursor(undefined);
    // Showing a category is showing its marks: not the before/after view, which has none.
    setComparing(false);
    const solo = soloCategory(present, next);
    setStatus(solo ? t.showingOnly(textsOf(solo).title, counts[solo] ?? 0) : t.showingAll);
  };
  const toggle = (rule: RuleId) => {
    const next = new Set(hidden);
    if (next.has(rule)) next.delete(rule);
    else next.add(rule);
    setHidden(next);
    setCursor(undefined);
  };
  const moveTo = (index: number | undefined) => {
    setCursor(index);
    // A card is about a mark, so the marks are on screen while it is open (also after "Voor en na").
    if (index !== undefined) setComparing(false);
    setFocusTick((n) => n + 1);
    const f = index === undefined ? undefined : visible[index];
    setStatus(f ? t.position(index! + 1, visible.length, textsOf(f.rule).title) : t.nothingVisible);
  };
  const apply = (finding: Finding, index: number) => {
    // Only change what was checked; the findings belong to this exact text.
    const fix = finding.fixes[index];
    if (!fix || text.slice(finding.start, finding.end) !== finding.text) return;
    setText(applyFix(text, fix));
    setSentence(undefined);
    setStatus(t.applied(finding.text, finding.suggestions[index]));
    // In front of a group, stay at this place: the next finding takes the same number.
    if (presentation.presenting) setFocusTick((n) => n + 1);
    else setCursor(undefined);
  };
  const onAction = (action: Action): boolean | void => {
    // Escape closes an open card first; the next Escape leaves presentation mode.
    if (action === 'leave') {
      if (cursor === undefined) return false;
      setCursor(undefined);
      return true;
    }
    if (action === 'next' || action === 'previous') moveTo(step(cursor, visible.length, action === 'next' ? 1 : -1));
    else if (action === 'apply') {
      if (!selected) moveTo(step(cursor, visible.length, 1));
      else if (selected.suggestions.length === 0) setStatus(t.noSuggestionHere);
      else apply(selected, 0);
    } else if (action === 'nextCategory' || action === 'previousCategory')
      showCategories(cycleCategory(present, hidden, action === 'nextCategory' ? 1 : -1));
    else if (action === 'allCategories') showCategories(new Set());
  };
  const presentation = usePresentation(onAction);
  // Leaving presentation mode: what it showed (position, open card) no longer applies.
  const [wasPresenting, setWasPresenting] = useState(presentation.presenting);
  if (wasPresenting !== presentation.presenting) {
    setWasPresenting(presentation.presenting);
    if (!presentation.presenting) {
      setCursor(undefined);
      setStatus('');
    }
  }

  useEffect(() => {
    if (focusTick === 0) return;
    marked.current?.querySelector<HTMLElement>(`[data-finding="${cursor}"]`)?.focus();
    // All of the finding in view, not only its first word (a long sentence that starts on the last line).
    marked.current?.querySelector('.focus-box')?.scrollIntoView({ block: 'nearest' });
  }, [focusTick]); // eslint-disable-line react-hooks/exhaustive-deps
  // The report marks every category, also those hidden on screen: a copy of the text with all marks is made just
  // for printing (kept out of the page otherwise, so the screen has one set of marks).
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  useEffect(() => {
    sentenceRef.current?.focus();
    sentenceRef.current?.scrollIntoView({ block: 'center' });
  }, [sentence]);

  const copy = () => copyText(text).then((ok) => setStatus(ok ? t.copied : t.copyRefused));
  const print = (options: PrintOptions) => {
    // The report must hold the choice before the browser takes its picture of the page.
    flushSync(() => {
      setPrintOptions(options);
      setChoosingPrint(false);
    });
    window.print();
  };

  const card = selected && (
    <div className="card-host no-print">
      <SuggestionCard
        findings={reasonsAt(visible, selected)}
        autoFocus={!presentation.presenting}
        onApply={(f, i) => apply(f, i)}
        onIgnore={() => setCursor(undefined)}
        onIgnoreWord={(f) => {
          onIgnoreWord?.(f.text.toLowerCase());
          setCursor(undefined);
        }}
        onDisableRule={(f) => toggle(f.rule)}
        onClose={() => setCursor(undefined)}
      />
      <aside className="lesson" aria-label={t.lesson}>
        <p>
          <strong>{t.before}:</strong> {textsOf(selected.rule).lesson.before}
        </p>
        <p>
          <strong>{t.after}:</strong> {textsOf(selected.rule).lesson.after}
        </p>
      </aside>
    </div>
  );

  return (
    <main className={presentation.presenting ? 'trainer presenting' : 'trainer'}>
      <h1>{t.title}</h1>
      <p className="print-only report-title">
        {t.report} · {new Date().toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' })}
      </p>
      {/* Short, so the marked text starts on the first screen; "Zo werkt het" is under the text box. */}
      <div className="not-presenting no-print">
        <p className="intro">{t.intro}</p>
        <section aria-labelledby="examples-title" className="examples">
          <h2 id="examples-title">{t.examples}</h2>
          {letters.map((letter) => (
            <button key={letter.id} type="button" title={letter.topic} onClick={() => load(letter.text)}>
              {letter.title}
            </button>
          ))}
        </section>
      </div>
      {presentation.presenting && <KeyHelp />}
      <Toolbar
        presenting={presentation.presenting}
        comparing={comparing}
        onPresent={presentation.presenting ? presentation.stop : presentation.start}
        onCompare={() => {
          // The before/after view has no marks: a card open on one closes.
          if (!comparing) setCursor(undefined);
          setComparing(!comparing);
        }}
        onCopy={copy}
        onPrint={() => setChoosingPrint(true)}
      />
      <p className="status no-print" role="status">
        {status}
      </p>
      <div className="layout">
        <div className="main-column">
          <section aria-labelledby="marked-title" className={comparing ? 'marked-section screen-hidden' : 'marked-section'}>
            <h2 id="marked-title">{t.marked}</h2>
            <div ref={marked} className={printing && hidden.size > 0 ? 'no-print' : undefined}>
              <MarkedText
                ref={sentenceRef}
                text={text}
                findings={visible}
                current={cursor}
                sentence={sentence}
                onOpen={(i) => {
                  setCursor(i);
                  if (presentation.presenting) setFocusTick((n) => n + 1);
                }}
              />
            </div>
            {printing && hidden.size > 0 && (
              <div className="print-only">
                <MarkedText text={text} findings={all} report />
              </div>
            )}
          </section>
          {/* One element for screen and report: each shows it only when asked for. */}
          {(comparing || printOptions.compare) && (
            <div className={[!comparing && 'screen-hidden', !printOptions.compare && 'no-print'].filter(Boolean).join(' ') || undefined}>
              <Compare original={original} text={text} before={before ?? now} now={now} />
            </div>
          )}
          <div className="editor no-print">
            <label htmlFor="trainer-text">{t.textLabel}</label>
            <textarea
              id="trainer-text"
              rows={presentation.presenting ? 4 : 8}
              value={text}
              onPaste={(e) => {
                const box = e.currentTarget;
                pastingOverAll.current = box.value.length > 0 && box.selectionStart === 0 && box.selectionEnd === box.value.length;
              }}
              onChange={(e) => {
                const value = e.target.value;
                setOriginal(originalAfterEdit(original, text, value, (e.nativeEvent as InputEvent).inputType, pastingOverAll.current));
                pastingOverAll.current = false;
                setStatus('');
                setText(value);
                setCursor(undefined);
                setSentence(undefined);
              }}
            />
            <TextTools
              onNewText={() => load('', text.trim() ? t.confirmNewText : undefined)}
              onSetOriginal={() => {
                if (original.trim() && original !== text && !window.confirm(t.confirmSetOriginal)) return;
                setOriginal(text);
                setStatus(t.originalSet);
              }}
            />
          </div>
          <div className="not-presenting no-print">
            <HowTo />
          </div>
        </div>
        <div className="side-column">
          {/* Beside the letter, never over the word it is about. */}
          {card}
          <CategoryList
            counts={counts}
            hidden={hidden}
            onToggle={toggle}
            onOnly={(rule) => showCategories(new Set(RULE_IDS.filter((r) => r !== rule)))}
            onShowAll={() => showCategories(new Set())}
          />
          <ScoreTable before={before} now={now} />
          <div className="not-presenting no-print">
            <HardestSentences
              sentences={hardest}
              chosen={sentence?.number}
              onChoose={(s) => {
                setSentence(s);
                setComparing(false);
                setStatus(t.sentenceShown(s.number));
              }}
            />
          </div>
        </div>
      </div>
      {printOptions.hardest && <PrintedHardestSentences sentences={hardest} />}
      <p className="print-only report-note">{t.reportNote}</p>
      <PrintDialog open={choosingPrint} options={printOptions} onPrint={print} onClose={() => setChoosingPrint(false)} />
    </main>
  );
}
