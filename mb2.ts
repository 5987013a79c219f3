import { VFile } from 'vfile';
import { dutchText } from './tests/bench/corpus';
import { createDutchPipeline, runDutch } from './engine/dutch';
import { resolveSettings } from './engine/settings';
import { builtInLexicon } from './rules/shared/lexicon';
import { splitParagraphs } from './engine/paragraphs';
import { createChecker } from './engine/index';
import { countSyllables } from './engine/syllables';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { rules } from './rules/index';
import { toParagraph } from './rules/shared/paragraph';
const text = dutchText(5000);
const paras = splitParagraphs(text).map(p=>p.text);
const all = createDutchPipeline(resolveSettings({}), builtInLexicon());
const bare = unified().use(retextDutch).freeze();
const c = createChecker();
const N=60;
const med=(f:()=>void)=>{const xs:number[]=[];for(let i=0;i<N;i++){const t=performance.now();f();xs.push(performance.now()-t)}xs.sort((a,b)=>a-b);return xs[N/2]};
const trees = paras.map(p=>{const f=new VFile(p); return bare.parse(f)});
const pgs = paras.map((p,i)=>toParagraph(p, trees[i]));
for (let r=0;r<3;r++){
  const res:Record<string,number>={};
  res.bare = med(()=>bare.runSync(bare.parse(text), new VFile(text)));
  res.parsePerPara = med(()=>{for(const p of paras) bare.parse(new VFile(p))});
  res.index = med(()=>{for(let i=0;i<paras.length;i++) toParagraph(paras[i], trees[i])});
  for (const rule of rules) res[rule.id] = med(()=>{for(const pg of pgs) rule.find(pg, all.contexts.get(rule.id)!)});
  res.syll = med(()=>{for(const pg of pgs) for(const s of pg.sentences) for(const w of s.words) if (w.countable) countSyllables(w.value)});
  res.runDutchAll = med(()=>{for(const p of paras) runDutch(all, new VFile(p))});
  res.checker = med(()=>{c.clearCache(); c.check(text)});
  console.log(Object.entries(res).map(([k,v])=>k+'='+v.toFixed(2)).join(' '));
}
for (let r=0;r<3;r++){
  const res:Record<string,number>={};
  res.pipeParse = med(()=>{for(const p of paras) all.processor.parse(new VFile(p))});
  const files = paras.map(p=>new VFile(p)); const ts = files.map(f=>all.processor.parse(f));
  res.pipeRun = med(()=>{for(let i=0;i<files.length;i++){ (files[i].data as any).paragraph=undefined; all.processor.runSync(ts[i], files[i])}});
  res.rulesOnly = med(()=>{for(const pg of pgs) for (const rule of all.enabled) rule.find(pg, all.contexts.get(rule.id)!)});
  console.log(Object.entries(res).map(([k,v])=>k+'='+v.toFixed(2)).join(' '));
}
import { detectLanguage } from './engine/language';
const cnl = createChecker({lang:'nl'});
for (let r=0;r<3;r++){
  const res:Record<string,number>={};
  res.detect = med(()=>{for(const p of paras) detectLanguage(p)});
  res.checkerNl = med(()=>{cnl.clearCache(); cnl.check(text)});
  res.checker = med(()=>{c.clearCache(); c.check(text)});
  res.split = med(()=>splitParagraphs(text));
  console.log(Object.entries(res).map(([k,v])=>k+'='+v.toFixed(2)).join(' '));
}
