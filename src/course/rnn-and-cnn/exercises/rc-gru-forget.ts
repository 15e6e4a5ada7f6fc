/**
 * "RNNs forget", said precisely: the course's GRU holds one symbol well past the delays it was
 * trained on, yet a fresh GRU cannot learn a long delay from scratch, and a state of fixed size
 * cannot hold many symbols. Every figure comes from public/models/recurrence-curves.json, through
 * the chapter's numbers.ts; the claims the question makes about them are checked when this module
 * loads.
 */
import { L, texPct } from '../../text.ts';
import type { StaticExercise } from '../../../quiz/types.ts';
import { acc, at, chance, curves, dHi, dLo, delays, good, gruLastGood, lastLoad, per, scratch, scratchAcc } from '../numbers.ts';

/** Fails loudly when retrained models no longer support what the question says. */
function mustHold(ok: boolean, what: string): void {
  if (!ok) throw new Error(`exercise rc-gru-forget: ${what}`);
}

const width = curves.models.gru.width;
/** The GRU holds one symbol at `good` or better at every delay up to heldTo; heldMin is its worst there. */
export const heldTo = gruLastGood;
export const heldMin = Math.min(...acc('gru', 'delay').slice(0, delays.indexOf(heldTo) + 1));
const scratchAt = scratch.delays.findIndex((_, i) => scratchAcc.gru[i]! < good);
/** The shortest delay a fresh GRU, trained on that delay alone, did not learn, and its accuracy there. */
export const scratchDelay = scratch.delays[scratchAt]!;
export const scratchGru = scratchAcc.gru[scratchAt]!;
/** The trained GRU with the largest load. */
export const loadAcc = at('gru', 'load', lastLoad);

mustHold(heldTo > dHi && heldMin >= good, 'the GRU should hold one symbol beyond the longest delay it trained on');
mustHold(scratchAt >= 0 && scratchGru < 2 * chance, 'a fresh GRU should stay near chance on some delay learned from scratch');
mustHold(loadAcc < 0.5, 'the GRU should fall below half with the largest load');

const p = (x: number) => `$${texPct(x, 1)}$`;

export const exercise: StaticExercise = {
  id: 'rc-gru-forget',
  parametric: false,
  question: {
    kind: 'single',
    prompt: L(
      `课程里训练的 GRU（隐藏状态是 ${width} 个数）做的是延迟任务：先读到一个符号，再读 $d$ 个干扰词，然后说出那个符号。它只在 $d = ${dLo}$ 到 $${dHi}$ 的例子上训练过，可测试时一直到 $d = ${heldTo}$，每个延迟上都至少答对 ${p(heldMin)}。这和“RNN 会遗忘”的说法矛盾吗？`,
      `The course’s GRU (a hidden state of ${width} numbers) does the delay task: it reads a symbol, then $d$ distractors, then names the symbol. It was trained only on $d = ${dLo}$ to $${dHi}$, yet in testing it is right at least ${p(heldMin)} of the time at every delay up to $d = ${heldTo}$. Does this contradict the saying that "RNNs forget"?`,
    ),
    options: [
      {
        text: L(
          '不矛盾：“会遗忘”指的是另外两件事，一是从头学跨很多步的依赖很难（梯度消失），二是固定大小的状态装不下很多项；把一项信息长时间“闩”住，正是门控单元擅长的',
          'No: "forgetting" is about two other things, that a dependency across many steps is hard to learn from scratch (vanishing gradients) and that a state of fixed size cannot hold many items; latching one item for a long time is just what a gated cell is good at',
        ),
        correct: true,
        explanation: L(
          `对。两件事都测到了：一个新的 GRU 如果从头只用 $d = ${scratchDelay}$ 的例子训练，只答对 ${p(scratchGru)}，和随机猜的 ${p(chance)} 差不多；要同时记 ${lastLoad} 个符号时，训练好的 GRU 也只答对 ${p(loadAcc)}。`,
          `Right, and both were measured: a fresh GRU trained from scratch on $d = ${scratchDelay}$ alone is right only ${p(scratchGru)} of the time, about the ${p(chance)} of guessing, and with ${lastLoad} symbols to hold, the trained GRU manages only ${p(loadAcc)}.`,
        ),
      },
      {
        text: L(
          '矛盾：门控已经解决了遗忘，“RNN 会遗忘”的说法过时了',
          'Yes: gates have solved forgetting, and the saying is simply out of date',
        ),
        correct: false,
        explanation: L(
          `门控让“记住一项”变容易了，但没有让状态变大：同一个 GRU 要同时记 ${lastLoad} 个符号时只答对 ${p(loadAcc)}。而且从头学长延迟照样难：只用 $d = ${scratchDelay}$ 训练的新 GRU 停在 ${p(scratchGru)}。`,
          `Gates make holding one item easy, but they do not make the state any larger: the same GRU, with ${lastLoad} symbols to hold, is right only ${p(loadAcc)} of the time. And a long delay is as hard as ever to learn from scratch: a fresh GRU trained on $d = ${scratchDelay}$ alone stays at ${p(scratchGru)}.`,
        ),
      },
      {
        text: L(
          '矛盾：状态每一步都要乘一次权重，里面存的东西几十步之内必然褪掉，这个结果只是碰巧',
          'Yes: the state is multiplied by the weights at every step, so whatever it holds must fade within a few dozen steps, and this result is a fluke',
        ),
        correct: false,
        explanation: L(
          `没有什么逼着状态褪色：更新门选择“保留”时，$h_t$ 几乎就是 $h_{t-1}$ 原样抄过来，抄一份不会变淡。也不是碰巧：每个延迟都测了 ${per} 个例子。`,
          `Nothing forces the state to fade: when the update gate chooses to keep it, $h_t$ is very nearly a copy of $h_{t-1}$, and a copy does not fade. Nor is it a fluke: every delay was measured on ${per} examples.`,
        ),
      },
      {
        text: L(
          '不矛盾：门让 GRU 直接跳过了那些干扰词，符号根本没有经过中间的步骤',
          'No: the gate lets the GRU skip the distractors, so the symbol never passes through the steps in between',
        ),
        correct: false,
        explanation: L(
          'GRU 每一步都照常运行，一步也没跳；门的作用是让每一步都把状态几乎原样传下去。也正因为这样，沿着这条路回传的梯度每步乘的因子接近 1，不会一路缩小，前提是门已经学会了在这时选择“保留”。',
          'The GRU runs every step and skips none; what the gate does is make each step pass the state on almost unchanged. That is also why the gradient travelling back along this path is multiplied by nearly 1 at each step instead of shrinking, once the gate has learned to keep it.',
        ),
      },
      {
        text: L(
          '不矛盾：这些延迟太短，不算数；遗忘要到一本书那么长的序列上才会出现',
          'No: delays this short do not count; forgetting shows up only on sequences as long as a book',
        ),
        correct: false,
        explanation: L(
          `这么短的延迟已经难学了：只用 $d = ${scratchDelay}$ 从头训练的新 GRU 只答对 ${p(scratchGru)}。难不难，看的是要学什么、怎么学，不是有一个固定的长度门槛。`,
          `Delays this short are already hard to learn: a fresh GRU trained from scratch on $d = ${scratchDelay}$ alone is right only ${p(scratchGru)} of the time. Whether it is hard depends on what has to be learned and how, not on some fixed threshold of length.`,
        ),
      },
    ],
    solution: L(
      `不矛盾。“RNN 会遗忘”要说准确，是两件事：误差信号往回穿过很多步时会缩小（梯度消失），所以从头学长距离依赖很难；状态的大小固定，要记的东西一多就装不下。门控单元（GRU、LSTM）能把一项信息保存很久，学会了就能超出训练时的长度。课程的测量三样都看得到：保存一项到 $d = ${heldTo}$ 仍不低于 ${p(heldMin)}，从头学 $d = ${scratchDelay}$ 只有 ${p(scratchGru)}，记 ${lastLoad} 项只有 ${p(loadAcc)}。`,
      `No. Said precisely, "RNNs forget" is two things: an error signal shrinks as it travels back through many steps (vanishing gradients), so long dependencies are hard to learn from scratch; and the state has a fixed size, so it cannot hold many things at once. Gated cells (GRU, LSTM) can keep one item for a long time, and once they have learned to, beyond the lengths they trained on. The course’s measurements show all three: one item held to $d = ${heldTo}$ at ${p(heldMin)} or better, $d = ${scratchDelay}$ learned from scratch to only ${p(scratchGru)}, and ${lastLoad} items held to only ${p(loadAcc)}.`,
    ),
  },
};
