/**
 * Chapter 1, "Why self-attention": exercises. Every number is computed by the kernel; the
 * parametric ones draw fresh positions, gains and lengths from a seeded generator.
 */
import { createRng, formatNumber, layerComplexity, rnnPathLength, scaledDotProductAttention, signalThroughChain } from '../../kernel/index.ts';
import { presets } from '../../course/presets.ts';
import { distinguishable } from '../check.ts';
import type { Exercise } from '../types.ts';

const sig3 = (x: number) => formatNumber(x, { significant: 3 });


/** The pronoun's weights in the hand-set kitten example (one query row, eight keys). */
const kitten = presets.kitten;
const kittenWeights = scaledDotProductAttention(kitten.Q, kitten.K, kitten.V).weights.row(0);
const kittenIndex = kitten.tokens.zh.indexOf('小猫');
const kittenWeight = kittenWeights[kittenIndex]!;
const restWeight = 1 - kittenWeight;
const others = kitten.tokens.zh.length - 1;

export const exercises: readonly Exercise[] = [
  {
    id: 'why-self-attention-which-word',
    parametric: false,
    question: {
      kind: 'single',
      prompt: {
        zh: '“那个小猫，它昨天在公园里追逐一只蝴蝶，玩得不亦乐乎，结果把晚餐都忘了，现在**它**饿坏了。”\n读到最后这个“它”时，要弄清它指的是谁，最该回头看哪个词？',
        en: '“That kitten spent the whole afternoon chasing a butterfly in the park, had so much fun it forgot its dinner, and now **it** is starving.”\nTo work out who the last “it” is, which word should the reader look back at most?',
      },
      options: [
        {
          text: { zh: '小猫', en: 'kitten' },
          correct: true,
          explanation: {
            zh: '对。会“饿坏”的得是活物，而玩得忘了晚餐的正是追蝴蝶的小猫；它还是整句话的主语，前面那个“它”也指它。',
            en: 'Right. Only a living thing can be starving, and the one who forgot its dinner is the one doing the chasing: the kitten, the subject of the whole sentence.',
          },
        },
        {
          text: { zh: '蝴蝶', en: 'butterfly' },
          correct: false,
          explanation: {
            zh: '蝴蝶也是活物，离“它”也不算远，所以是个像样的干扰项。但蝴蝶是被追的一方；忘了晚餐、现在饿坏了的，是追它的那一位。',
            en: 'A butterfly is alive too, which makes it a tempting choice. But it is the one being chased; the one who forgot dinner and is now starving is the chaser.',
          },
        },
        {
          text: { zh: '晚餐', en: 'dinner' },
          correct: false,
          explanation: {
            zh: '“晚餐”确实和“饿”有关，它解释了为什么会饿，是有用的线索；但晚餐自己不会饿，它不是“它”所指的对象。',
            en: '“Dinner” is related to hunger and explains why someone is starving, so it is a useful clue. But a dinner cannot be starving; it is not what “it” refers to.',
          },
        },
        {
          text: { zh: '公园', en: 'park' },
          correct: false,
          explanation: {
            zh: '公园只是事情发生的地点。地点不会饿，和“饿坏了”搭不上。',
            en: 'The park is only where it all happened. A place cannot be starving.',
          },
        },
      ],
      solution: {
        zh: '“它”自己几乎不带信息，意思全靠上下文：“饿坏了”要求一个活物，“忘了晚餐”指向追蝴蝶的那一位，所以是“小猫”。注意，“小猫”和“它”之间隔了一整串词：答案离问题很远。',
        en: '“It” carries almost no meaning of its own; the context decides. “Starving” needs a living thing, and “forgot its dinner” points to the one chasing the butterfly: the kitten. Note how many words lie between “kitten” and “it”: the answer is far from the question.',
      },
    },
  },
  {
    id: 'why-self-attention-rnn-limits',
    parametric: false,
    question: {
      kind: 'multiple',
      prompt: {
        zh: '下面哪些是循环神经网络（RNN）处理长句时的局限？（可多选）',
        en: 'Which of these are limitations of a recurrent neural network (RNN) on long sentences? (Choose all that apply.)',
      },
      options: [
        {
          text: { zh: '不管句子多长，读过的内容都只能装进一个固定大小的隐藏状态。', en: 'However long the sentence, everything read so far must fit in one fixed-size hidden state.' },
          correct: true,
          explanation: {
            zh: '是局限。隐藏状态的维度是事先定好的，句子越长，每个词能分到的“空间”越少，早先的细节就会被后来的内容挤掉。',
            en: 'A limitation. The hidden state has a fixed width set in advance; the longer the sentence, the less room each word gets, and early details are crowded out by later ones.',
          },
        },
        {
          text: { zh: '相隔 k 个位置的两个词之间要走 k 步，信号和训练时的梯度一路被反复相乘，容易衰减。', en: 'Two words k positions apart are k steps apart; the signal, and the gradient in training, is multiplied again at every step and tends to fade.' },
          correct: true,
          explanation: {
            zh: '是局限。每步乘一个小于 1 的因子，k 步后只剩它的 k 次方，距离一远就几乎为零，这就是梯度消失。',
            en: 'A limitation. Multiply by a factor below 1 at every step and after k steps you have its k-th power, close to zero once the distance is large: the vanishing gradient.',
          },
        },
        {
          text: { zh: '第 t 步必须等第 t − 1 步算完，同一句话里的各个位置没法并行计算。', en: 'Step t has to wait for step t − 1, so the positions of one sentence cannot be computed in parallel.' },
          correct: true,
          explanation: {
            zh: '是局限。n 个词就是 n 个必须依次完成的步骤，GPU 再多核心也只能排队等。',
            en: 'A limitation. n words mean n steps that must happen one after another; however many cores a GPU has, they wait in line.',
          },
        },
        {
          text: { zh: 'RNN 不知道词的先后顺序。', en: 'An RNN cannot tell the order of the words.' },
          correct: false,
          explanation: {
            zh: '恰恰相反：RNN 按顺序一个个读，顺序天然就藏在计算过程里。不知道顺序的其实是自注意力，所以后面要专门讲位置编码。',
            en: 'Quite the opposite: an RNN reads the words in order, so order is built into its computation. It is self-attention that cannot see order on its own, which is why a later chapter is about positional encoding.',
          },
        },
        {
          text: { zh: 'RNN 每层的计算量随句子长度 n 平方增长。', en: 'An RNN layer’s amount of computation grows with the square of the sentence length n.' },
          correct: false,
          explanation: {
            zh: '不对。循环层大约是 n·d² 次运算，对 n 是线性的。随 n 平方增长的是自注意力（n²·d），这是它要付的代价。',
            en: 'No. A recurrent layer takes about n·d² operations, linear in n. What grows with n² is self-attention (n²·d): that is the price it pays.',
          },
        },
      ],
      solution: {
        zh: '前三项正是 RNN 的三个老问题：固定大小的隐藏状态是瓶颈；信息要一步步传，距离越远衰减越厉害；步骤首尾相接，无法在位置之间并行。后两项说反了：知道顺序是 RNN 的长处，平方级的计算量是自注意力的短处。',
        en: 'The first three are the RNN’s three old problems: a fixed-size hidden state is a bottleneck; information travels step by step and fades with distance; the steps form a chain, so positions cannot be computed in parallel. The last two have it backwards: knowing the order is an RNN strength, and quadratic cost is self-attention’s weakness.',
      },
    },
  },
  {
    id: 'why-self-attention-signal-fades',
    parametric: true,
    generate: (seed) => {
      const rng = createRng(seed);
      const g = rng.int(80, 97) / 100;
      const i = rng.int(1, 10);
      const steps = rng.int(5, 25);
      const j = i + steps;
      const chain = (k: number) => signalThroughChain(g, k)[k]!;
      const answer = chain(rnnPathLength(i, j));
      const G = formatNumber(g, { decimals: 2 });
      const mistakes = distinguishable(answer, [
        {
          value: g * steps,
          hint: {
            zh: `你算的是 g × ${steps}。信号每一步都在“上一步剩下的”基础上再打一次折，应该是 ${steps} 个 g 连乘：g${sup(steps)}。`,
            en: `You computed g × ${steps}. At every step the signal keeps a fraction of what was left after the step before, so it is ${steps} factors of g multiplied together: g${sup(steps)}.`,
          },
        },
        {
          value: chain(steps + 1),
          hint: {
            zh: `多算了一步。从第 ${i} 个词到第 ${j} 个词是 ${j} − ${i} = ${steps} 步；${steps + 1} 是这一段里词的个数，不是步数。`,
            en: `One step too many. From word ${i} to word ${j} is ${j} − ${i} = ${steps} steps; ${steps + 1} is the number of words in that stretch, not the number of steps.`,
          },
        },
        {
          value: chain(steps - 1),
          hint: {
            zh: `少算了一步。只数夹在中间的词会漏掉一步：从第 ${i} 个词到第 ${j} 个词是 ${steps} 步。`,
            en: `One step too few. Counting only the words in between misses a step: word ${i} to word ${j} is ${steps} steps.`,
          },
        },
        {
          value: 1 - steps * (1 - g),
          hint: {
            zh: '你每一步都减去同样多的 (1 − g)，那是线性衰减。实际上每一步是“乘以 g”，按比例打折，衰减是指数式的。',
            en: 'You subtracted the same amount, 1 − g, at every step: a linear decay. Each step multiplies by g instead, a proportional cut, so the decay is exponential.',
          },
        },
      ]);
      return {
        kind: 'numeric',
        prompt: {
          zh: `设想一个 RNN：信息每经过一次隐藏状态的更新，强度就乘以 **g = ${G}**。一个信号从第 **${i}** 个词出发，要传到第 **${j}** 个词。到达时，它还剩原来的多少？\n请填一个小数，保留 3 位有效数字（例如 0.123）。`,
          en: `Picture an RNN in which a signal is multiplied by **g = ${G}** every time the hidden state is updated. A signal starts at word **${i}** and has to reach word **${j}**. What fraction of it is left when it arrives?\nGive a decimal to 3 significant figures (e.g. 0.123).`,
        },
        label: { zh: '剩下的比例 =', en: 'fraction left =' },
        answer,
        mistakes,
        solution: {
          zh: `从第 ${i} 个词到第 ${j} 个词要更新 ${j} − ${i} = ${steps} 次隐藏状态，每次乘以 ${G}，所以\n${G}${sup(steps)} = ${sig3(answer)}。\n走了 ${steps} 步，信号剩下原来的 ${sig3(answer)}。换成自注意力，这两个词之间只有 1 步。`,
          en: `Going from word ${i} to word ${j} takes ${j} − ${i} = ${steps} updates of the hidden state, each multiplying by ${G}, so\n${G}${sup(steps)} = ${sig3(answer)}.\nAfter ${steps} steps, ${sig3(answer)} of the signal is left. With self-attention these two words are 1 step apart.`,
        },
      };
    },
  },
  {
    id: 'why-self-attention-cost-ratio',
    parametric: true,
    generate: (seed) => {
      const rng = createRng(seed);
      const d = rng.pick([256, 512, 768, 1024]);
      const scenario = rng.int(0, 2);
      let n = scenario === 0 ? rng.int(10, 90) : scenario === 1 ? rng.int(120, 700) : rng.int(1500, 8000);
      if (n === d) n += 7;
      const table = layerComplexity(n, d);
      const sa = table.selfAttention.operations, rec = table.recurrent.operations;
      const answer = sa / rec;
      const big = (x: number) => x.toLocaleString('en-US');
      const mistakes = distinguishable(answer, [
        {
          value: rec / sa,
          hint: {
            zh: '除反了：题目问的是“自注意力 ÷ 循环层”。',
            en: 'Upside down: the question asks for self-attention ÷ recurrent.',
          },
        },
        {
          value: answer * answer,
          hint: {
            zh: '多了一个平方。n²·d ÷ (n·d²) 约分后只剩 n ÷ d。',
            en: 'One square too many. n²·d ÷ (n·d²) simplifies to n ÷ d.',
          },
        },
        {
          value: n,
          hint: {
            zh: '循环层是 n·d²，不是 n·d：每一步都要用 d × d 的矩阵乘一次隐藏状态。',
            en: 'A recurrent layer costs n·d², not n·d: every step multiplies the hidden state by a d × d matrix.',
          },
        },
      ]);
      const verdict =
        answer < 1
          ? { zh: `比值小于 1：n = ${n} 比 d = ${d} 小，这时自注意力反而更省。`, en: `The ratio is below 1: n = ${n} is smaller than d = ${d}, so self-attention is the cheaper of the two.` }
          : { zh: `比值大于 1：n = ${n} 比 d = ${d} 大，序列一长，自注意力的 n² 就成了负担。`, en: `The ratio is above 1: n = ${n} exceeds d = ${d}, and for a sequence this long self-attention’s n² becomes the burden.` };
      return {
        kind: 'numeric',
        prompt: {
          zh: `按论文表 1，一层自注意力大约要 n²·d 次运算，一层循环网络大约要 n·d² 次。取序列长度 **n = ${n}**、表示宽度 **d = ${d}**：自注意力的运算量是循环层的多少倍？\n请填“自注意力 ÷ 循环层”的值，保留 3 位有效数字。`,
          en: `By Table 1 of the paper, a self-attention layer takes about n²·d operations and a recurrent layer about n·d². For a sequence of **n = ${n}** tokens and width **d = ${d}**, how many times the recurrent layer’s operations does self-attention need?\nGive self-attention ÷ recurrent to 3 significant figures.`,
        },
        label: { zh: '自注意力 ÷ 循环层 =', en: 'self-attention ÷ recurrent =' },
        answer,
        mistakes,
        solution: {
          zh: `自注意力：n²·d = ${n}² × ${d} = ${big(sa)}。\n循环层：n·d² = ${n} × ${d}² = ${big(rec)}。\n两者相除，n 和 d 各约掉一个：n²·d ÷ (n·d²) = n ÷ d = ${n} ÷ ${d} = ${sig3(answer)}。\n${verdict.zh}`,
          en: `Self-attention: n²·d = ${n}² × ${d} = ${big(sa)}.\nRecurrent: n·d² = ${n} × ${d}² = ${big(rec)}.\nDivide and one n and one d cancel: n²·d ÷ (n·d²) = n ÷ d = ${n} ÷ ${d} = ${sig3(answer)}.\n${verdict.en}`,
        },
      };
    },
  },
  {
    id: 'why-self-attention-history',
    parametric: false,
    question: {
      kind: 'ordering',
      prompt: {
        zh: '把下面这些事件按时间先后排好（最早的在最上面）。',
        en: 'Put these events in chronological order, earliest first.',
      },
      items: [
        { zh: 'Hochreiter 和 Schmidhuber 提出 LSTM', en: 'Hochreiter and Schmidhuber introduce the LSTM' },
        { zh: 'Bahdanau、Cho、Bengio 把注意力用于神经机器翻译（仍以 RNN 为主干）', en: 'Bahdanau, Cho and Bengio add attention to neural machine translation (still built on RNNs)' },
        { zh: 'Vaswani 等发表《Attention Is All You Need》，提出 Transformer', en: 'Vaswani et al. publish “Attention Is All You Need”, introducing the Transformer' },
        { zh: 'Devlin 等提出 BERT', en: 'Devlin et al. introduce BERT' },
        { zh: 'Brown 等发布 GPT-3（1750 亿参数）', en: 'Brown et al. present GPT-3 (175 billion parameters)' },
        { zh: 'OpenAI 发布 ChatGPT', en: 'OpenAI releases ChatGPT' },
      ],
      solution: {
        zh: 'LSTM：1997 年。Bahdanau 等的注意力：2014 年（arXiv:1409.0473）。Transformer：2017 年 6 月（arXiv:1706.03762）。BERT：2018 年。GPT-3：2020 年。ChatGPT：2022 年 11 月（不是 2023 年，网上不少时间线写错了）。',
        en: 'LSTM: 1997. Bahdanau et al.’s attention: 2014 (arXiv:1409.0473). The Transformer: June 2017 (arXiv:1706.03762). BERT: 2018. GPT-3: 2020. ChatGPT: November 2022 (not 2023, as some timelines have it).',
      },
    },
  },
  {
    id: 'why-self-attention-reading-weights',
    parametric: false,
    question: {
      kind: 'single',
      prompt: {
        zh: `在本章手工设定的小例子里，“它”分给“小猫”的注意力权重约为 ${formatNumber(kittenWeight, { decimals: 3 })}，是所有词里最大的。下面哪种说法最站得住？`,
        en: `In this chapter’s hand-set example, “it” gives “kitten” an attention weight of about ${formatNumber(kittenWeight, { decimals: 3 })}, the largest of all the words. Which statement holds up best?`,
      },
      options: [
        {
          text: { zh: '这证明了模型之后的预测是“因为小猫”才做出的。', en: 'This proves that the model’s later prediction was made “because of the kitten”.' },
          correct: false,
          explanation: {
            zh: '说过头了。Jain 和 Wallace（2019）发现，常常能找到差别很大的另一组权重，模型给出的预测却几乎不变。权重高不等于“原因”。',
            en: 'Too strong. Jain and Wallace (2019) found that quite different weights can often be swapped in while the prediction barely changes. A high weight is not a cause.',
          },
        },
        {
          text: { zh: '在这一层里，“它”的新向量主要是从“小猫”那里混合来的；这对最终预测有多重要，还得用别的方法检验。', en: 'In this layer, the new vector for “it” is mixed mostly from “kitten”; how much that matters for the final prediction has to be tested by other means.' },
          correct: true,
          explanation: {
            zh: '对。权重如实记录了“信息从哪里混进来”，这本身有用；但要说它解释了预测，需要额外的检验（Wiegreffe 和 Pinter，2019）。',
            en: 'Right. The weights faithfully record where information was mixed in from, which is useful in itself; claiming they explain the prediction needs further tests (Wiegreffe and Pinter, 2019).',
          },
        },
        {
          text: { zh: '注意力权重毫无意义，看都不用看。', en: 'Attention weights mean nothing and are not worth looking at.' },
          correct: false,
          explanation: {
            zh: '矫枉过正。Wiegreffe 和 Pinter（2019）指出，权重确实携带信息，在很多情况下也和模型的行为一致；只是不能不加检验就当成解释。',
            en: 'An overcorrection. Wiegreffe and Pinter (2019) showed that the weights do carry information and often agree with the model’s behaviour; they just cannot be taken as an explanation without checking.',
          },
        },
        {
          text: { zh: `其余 ${others} 个词对“它”毫无影响。`, en: `The other ${others} words have no influence on “it” at all.` },
          correct: false,
          explanation: {
            zh: `不对。权重加起来是 1，其余 ${others} 个词合起来还分到 ${formatNumber(restWeight, { decimals: 3 })}，它们的信息也一起混进了“它”的新向量。`,
            en: `No. The weights add up to 1, so the other ${others} words still share ${formatNumber(restWeight, { decimals: 3 })}, and their information is mixed into the new vector for “it” too.`,
          },
        },
      ],
      solution: {
        zh: `注意力权重回答的是“这个词的新向量是从哪些词混合来的、各占多少”：这里“小猫”占 ${formatNumber(kittenWeight, { decimals: 3 })}，其余 ${others} 个词合计 ${formatNumber(restWeight, { decimals: 3 })}。它不回答“模型为什么这样预测”：那还涉及别的层、别的头和后面的网络。`,
        en: `Attention weights answer “which words was this word’s new vector mixed from, and in what shares”: here ${formatNumber(kittenWeight, { decimals: 3 })} from “kitten” and ${formatNumber(restWeight, { decimals: 3 })} from the other ${others} together. They do not answer “why did the model predict this”, which also involves other layers, other heads and the rest of the network.`,
      },
    },
  },
  {
    id: 'why-self-attention-rnn-path',
    parametric: true,
    generate: (seed) => {
      const rng = createRng(seed);
      const i = rng.int(1, 20);
      const j = i + rng.int(3, 30);
      const n = j + rng.int(2, 15);
      const answer = rnnPathLength(i, j);
      const mistakes = distinguishable(answer, [
        {
          value: answer + 1,
          hint: {
            zh: `你数的是从第 ${i} 个到第 ${j} 个一共有几个词（${answer + 1} 个）。步数比词数少 1：每一步连接相邻的两个词。`,
            en: `You counted the words from word ${i} to word ${j} (${answer + 1} of them). Steps are one fewer than words: each step links two neighbours.`,
          },
        },
        {
          value: answer - 1,
          hint: {
            zh: `你只数了夹在中间的词。从第 ${j - 1} 个词到第 ${j} 个词还要再走一步。`,
            en: `You counted only the words in between. Getting from word ${j - 1} to word ${j} is one more step.`,
          },
        },
        {
          value: 1,
          hint: {
            zh: '1 步是自注意力的路径长度：任意两个词直接相连。RNN 只能一步一步往后传。',
            en: '1 step is the path length in self-attention, where every pair of words is connected directly. An RNN passes things along one step at a time.',
          },
        },
        {
          value: n,
          hint: {
            zh: `${n} 是整句的长度，对应论文表 1 里“最大路径长度 O(n)”那一格；这里问的是这两个具体位置之间的距离。`,
            en: `${n} is the length of the whole sentence, the “maximum path length O(n)” of the paper’s Table 1; the question asks about these two positions.`,
          },
        },
      ]);
      return {
        kind: 'numeric',
        prompt: {
          zh: `一句话有 **${n}** 个词。RNN 从左往右读，每读一个词就更新一次隐藏状态。第 **${i}** 个词的信息，至少要经过几次更新才能到达第 **${j}** 个词的隐藏状态？（也就是 RNN 中这两个位置之间的路径长度。）`,
          en: `A sentence has **${n}** words. An RNN reads it left to right, updating its hidden state once per word. How many updates, at least, does information from word **${i}** need to reach the hidden state at word **${j}**? (That is, the path length between these two positions in an RNN.)`,
        },
        label: { zh: '路径长度 =', en: 'path length =' },
        answer,
        mistakes,
        solution: {
          zh: `第 ${i} 个词的信息先进入 h${sub(i)}，之后每读一个词更新一次：h${sub(i)} → h${sub(i + 1)} → … → h${sub(j)}，一共 ${j} − ${i} = ${answer} 步。\n在自注意力里，这两个位置之间只有 1 步。`,
          en: `Word ${i}’s information enters h${sub(i)}, and every further word updates the state once: h${sub(i)} → h${sub(i + 1)} → … → h${sub(j)}, which is ${j} − ${i} = ${answer} steps.\nIn self-attention the two positions are 1 step apart.`,
        },
      };
    },
  },
  {
    id: 'why-self-attention-sequential-ops',
    parametric: true,
    generate: (seed) => {
      const rng = createRng(seed);
      const n = rng.int(12, 95);
      const d = 512, k = 3;
      const table = layerComplexity(n, d, k);
      const row = (pick: (c: { sequentialOperations: number; maxPathLength: number }) => number) => [[pick(table.selfAttention), pick(table.recurrent), pick(table.convolutional)]];
      const answer = row((c) => c.sequentialOperations);
      return {
        kind: 'matrix',
        name: 'S',
        prompt: {
          zh: `一句话有 **n = ${n}** 个词元，表示宽度 d = ${d}。按论文表 1，算完一层，至少需要多少个**必须依次完成**的顺序操作？\n把答案填进行向量 S = [自注意力, 循环层, 卷积层]（卷积核宽 k = ${k}）。`,
          en: `A sentence has **n = ${n}** tokens, width d = ${d}. By Table 1 of the paper, how many operations that **must happen one after another** does one layer need?\nFill in the row S = [self-attention, recurrent, convolutional] (kernel width k = ${k}).`,
        },
        answer,
        mistakes: [
          {
            value: [[n, n, n]],
            hint: {
              zh: '自注意力和卷积层并不需要一个位置接一个位置地算：所有位置用的都是已经在手的输入，可以同时算完。',
              en: 'Self-attention and convolution do not go position by position: every position uses inputs that are already there, so all of them are computed at once.',
            },
          },
          {
            value: row((c) => c.maxPathLength),
            hint: {
              zh: '这是表 1 里“最大路径长度”那一行（卷积层要叠约 log₃ n 层）。顺序操作数问的是一层之内有多少步必须排队。',
              en: 'That is the “maximum path length” row of Table 1 (convolutions need about log₃ n stacked layers). Sequential operations ask how many steps inside one layer must wait in line.',
            },
          },
          {
            value: [[1, n - 1, 1]],
            hint: {
              zh: `RNN 读 ${n} 个词，要更新 ${n} 次隐藏状态（h₁ 到 h${sub(n)}），每次都得等上一次。`,
              en: `An RNN reading ${n} words updates its hidden state ${n} times (h₁ to h${sub(n)}), each waiting for the one before.`,
            },
          },
        ],
        solution: {
          zh: `自注意力：${answer[0]![0]}。每个位置的输出只依赖本层的输入，所有位置一次算完，即 O(1)。\n循环层：${answer[0]![1]}。h₁, h₂, …, h${sub(n)} 一个等一个，即 O(n)。\n卷积层：${answer[0]![2]}。每个位置只看自己附近的 k 个输入，也可以同时算，即 O(1)。\n所以 S = [${answer[0]!.join(', ')}]。`,
          en: `Self-attention: ${answer[0]![0]}. Every output depends only on the layer’s inputs, so all positions are computed at once: O(1).\nRecurrent: ${answer[0]![1]}. h₁, h₂, …, h${sub(n)} each wait for the one before: O(n).\nConvolutional: ${answer[0]![2]}. Each position looks only at its k neighbouring inputs, so they can all run at once too: O(1).\nSo S = [${answer[0]!.join(', ')}].`,
        },
      };
    },
  },
];

/** A whole number as Unicode superscript digits: 17 → ¹⁷. */
function sup(k: number): string {
  return String(k).replace(/\d/g, (c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]!);
}

/** A whole number as Unicode subscript digits: 17 → ₁₇. */
function sub(k: number): string {
  return String(k).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]!);
}
