/** Who is “it”? The reader looks back across a long sentence. */
import type { StaticExercise } from '../../../quiz/types.ts';

export const exercise: StaticExercise = {
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
};
