/**
 * The measured facts chapter 3's static exercises quote, read from the committed model files
 * (public/models/coref.json), none typed in. The claims the questions make about the
 * measurements are checked when this module loads, so a retrained model that changes them fails
 * the tests and the build instead of leaving a wrong question behind.
 */
import type { CorefMeta, HeadAnalysis } from '../../../model/metadata.ts';
import corefJson from '../../../../public/models/coref.json';
import { pointer, shown } from './sentences.ts';

export const meta = corefJson as unknown as CorefMeta;
export { pointer, shown };

/** Fails loudly when a retrained model no longer supports what a question says. */
export function mustHold(ok: boolean, what: string): void {
  if (!ok) throw new Error(`exercises of real-model: ${what}`);
}

export const [targetRight, targetOther] = pointer.target;
/** The pointer as readers see it. */
export const P = `第 ${shown(pointer.layer)} 层 · 头 ${shown(pointer.head)}`;
export const Pen = `layer ${shown(pointer.layer)}, head ${shown(pointer.head)}`;

const head = (layer: number, h: number | 'all'): HeadAnalysis => {
  const found = meta.headAnalysis.find((x) => x.layer === layer && x.head === h);
  if (found === undefined) throw new Error(`exercises of real-model: coref.json has no head analysis for layer ${layer}, head ${String(h)}`);
  return found;
};
const firstLayer = 0;
const firstLayerHeads = Array.from({ length: meta.heads }, (_, h) => head(firstLayer, h));
export const pointerHead = head(pointer.layer, pointer.head);
export const otherPointerLayerHeads = Array.from({ length: meta.heads }, (_, h) => h).filter((h) => h !== pointer.head).map((h) => head(pointer.layer, h));
export const firstLayerAll = head(firstLayer, 'all');
const byAdjective = [...firstLayerHeads].sort((a, b) => b.toAdjective! - a.toAdjective!);
export const mostAdjective = byAdjective[0]!;
const byHarm = [...firstLayerHeads].sort((a, b) => a.accuracyWhenZeroed.unseenCombos - b.accuracyWhenZeroed.unseenCombos);
export const mostHarm = byHarm[0]!;

/** A head of the first layer as readers see it, in Chinese and in English. */
export const hz = (h: HeadAnalysis) => `头 ${shown(h.head as number)}`;
export const he = (h: HeadAnalysis) => `head ${shown(h.head as number)}`;

mustHold(pointer.layer === 1 && pointer.head === 0 && meta.layers === 2, 'the questions call the pointer “layer 2, head 1” of a 2-layer model');
mustHold(firstLayerAll.accuracyWhenZeroed.fresh < 0.7, 'zeroing the first layer’s attention should bring accuracy near chance');
mustHold(pointerHead.accuracyWhenZeroed.fresh >= 0.99 && pointerHead.accuracyWhenZeroed.unseenCombos >= 0.99, 'zeroing the pointer’s output should change nothing');
mustHold(otherPointerLayerHeads.every((h) => h.accuracyWhenZeroed.fresh >= 0.99), 'the other heads of the pointer’s layer should not matter');
mustHold(mostAdjective.head !== mostHarm.head, 'the head most on the adjective should not be the one whose loss hurts most');
mustHold(mostAdjective.accuracyWhenZeroed.unseenCombos < 0.99 && mostHarm.accuracyWhenZeroed.unseenCombos < 0.9, 'both adjective heads should matter');
mustHold(Math.abs(pointerHead.toRightNoun! - targetRight) < 0.05, 'the pointer’s mean weight should sit near the soft target');
