/**
 * What the trained recurrent and attention models measured (recurrence-curves.json, through the
 * chapter's numbers). The id keeps its old name from the real-model chapter, where this exercise
 * was first placed, so readers' saved progress still finds it.
 */
import { L, texPct } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { at, attLoadMin, attWorst, chance, dHi, dMax, lastLoad, rnnDelayMin, scratch, scratchAcc, width } from '../numbers.ts';

/** Fails loudly when retrained models no longer support what the question says. */
function mustHold(ok: boolean, what: string): void {
  if (!ok) throw new Error(`exercise model-recurrence: ${what}`);
}

const trainedDelay = dHi;
const maxDelay = dMax;
const scratchAt = scratch.delays.indexOf(trainedDelay);
const rnnScratch = scratchAcc.rnn[scratchAt] ?? Number.NaN;
const rnnLoad = at('rnn', 'load', lastLoad);
const gruLoad = at('gru', 'load', lastLoad);
const attnLoadMin = attLoadMin;
const attnWorst = attWorst;

mustHold(scratchAt >= 0, 'the from-scratch runs should include the longest trained delay');
mustHold(rnnDelayMin >= 0.99, 'the trained RNN should not lose accuracy with delay');
mustHold(rnnScratch < 2 * chance, 'an RNN trained from scratch on the longest delay should stay near chance');
mustHold(rnnLoad < 0.5 && gruLoad < 0.5, 'both recurrent models should fall with load');
mustHold(attnLoadMin >= 0.99, 'attention should be load-proof');
mustHold(attnWorst.d > trainedDelay && attnWorst.a < 0.5, 'attention should be erratic beyond its trained delays');

export const exercise: StaticExercise = {
  id: 'model-recurrence',
  parametric: false,
  question: {
    kind: 'multiple',
    prompt: L(
      `RNN、GRU 和注意力模型在同样的例子上训练（延迟任务训练到 $d = ${trainedDelay}$），再在更长的延迟和不同的记忆负担上测量。下面哪些说法与测量结果相符？（可多选）`,
      `A plain RNN, a GRU and an attention model were trained on the same examples (delays up to $d = ${trainedDelay}$), then measured at longer delays and at different loads. Which statements match the measurements? (Choose all that apply.)`,
    ),
    options: [
      {
        text: L(
          `训练好的普通 RNN，在一直到 $d = ${maxDelay}$ 的每个延迟上准确率都不低于 $${texPct(rnnDelayMin, 1)}$`,
          `The trained plain RNN stays at or above $${texPct(rnnDelayMin, 1)}$ at every delay up to $d = ${maxDelay}$`,
        ),
        correct: true,
        explanation: L(
          `对。只要学会了，它就能把一个符号在 ${width} 个数的状态里一直保存下去，连训练里没见过的长度也不例外。`,
          `True. Once it has learned the trick, it keeps one symbol in its state of ${width} numbers for as long as was measured, even at lengths it never trained on.`,
        ),
      },
      {
        text: L(
          `一个新的普通 RNN，如果从头只用 $d = ${trainedDelay}$ 的例子训练，准确率只有 $${texPct(rnnScratch, 1)}$，和随机猜（$${texPct(chance, 1)}$）差不多`,
          `A fresh plain RNN trained from scratch on $d = ${trainedDelay}$ alone reaches only $${texPct(rnnScratch, 1)}$, about the $${texPct(chance, 1)}$ of guessing`,
        ),
        correct: true,
        explanation: L(
          `对。梯度消失伤的是“学”：误差信号要往回穿过 ${trainedDelay + 1} 步才能到达那个符号，传到时已经太弱。课程里的 RNN 训练时长短延迟混在一起，短延迟的梯度够强，很可能是它们让 RNN 先学会了保存符号。`,
          `True. Vanishing gradients hurt learning: the error signal has to travel back ${trainedDelay + 1} steps to reach the symbol and arrives too weak. The course’s RNN trained on short and long delays mixed together; most likely the short ones, with their strong gradients, taught it to keep the symbol.`,
        ),
      },
      {
        text: L(
          `记忆负担加大时，RNN 和 GRU 都会掉：记 ${lastLoad} 个符号时只剩 $${texPct(rnnLoad, 1)}$ 和 $${texPct(gruLoad, 1)}$`,
          `Both recurrent models fall as the load grows: with ${lastLoad} symbols to hold they reach only $${texPct(rnnLoad, 1)}$ and $${texPct(gruLoad, 1)}$`,
        ),
        correct: true,
        explanation: L(
          '对。它们的全部记忆是一个固定大小的状态向量，要记的东西越多，越装不下，和早期翻译模型的固定长度上下文向量是同一个问题。',
          'True. Their whole memory is one state vector of fixed size; the more there is to hold, the less fits. It is the same problem as the fixed-length context vector of early translation models.',
        ),
      },
      {
        text: L(
          '注意力模型在训练过的长度之外也一直保持满分',
          'The attention model stays perfect beyond the lengths it was trained on as well',
        ),
        correct: false,
        explanation: L(
          `不对。它对记忆负担毫不在乎（每个负担都不低于 $${texPct(attnLoadMin, 1)}$），但延迟超出训练范围之后就很不稳定，在 $d = ${attnWorst.d}$ 时只有 $${texPct(attnWorst.a, 1)}$。`,
          `No. It does not mind the load at all (never below $${texPct(attnLoadMin, 1)}$), but beyond its trained delays it becomes erratic, down to $${texPct(attnWorst.a, 1)}$ at $d = ${attnWorst.d}$.`,
        ),
      },
      {
        text: L(
          '训练好的普通 RNN 的准确率随延迟迅速下降，这就是梯度消失',
          'The trained plain RNN’s accuracy drops fast with delay: that is the vanishing gradient',
        ),
        correct: false,
        explanation: L(
          `这是教科书上的预期，不是这次测到的结果：训练好的 RNN 在每个延迟上都不低于 $${texPct(rnnDelayMin, 1)}$。梯度消失表现在从头学的时候。`,
          `That is the textbook expectation, not what was measured: the trained RNN never drops below $${texPct(rnnDelayMin, 1)}$. The vanishing gradient shows when it has to learn from scratch.`,
        ),
      },
    ],
    solution: L(
      `测到的是：学会以后，普通 RNN 能把一个符号保存很久；从头学长延迟它学不会（梯度消失）；要同时记很多符号时，两种循环网络都被固定大小的状态卡住；注意力不怕负担，但在训练过的长度之外表现不稳定。`,
      `What was measured: once trained, the plain RNN holds one symbol for a long time; from scratch it cannot learn long delays (vanishing gradients); with many symbols to hold, both recurrent models are limited by their fixed-size state; attention ignores the load but is erratic beyond the lengths it was trained on.`,
    ),
  },
};
