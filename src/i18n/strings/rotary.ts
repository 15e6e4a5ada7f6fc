/**
 * UI strings of RotaryPair (rotary position embeddings, RoPE). `en` must have exactly zh's keys.
 * The keys in TYPESET hold $TeX$, typeset at build time by the widget's wrapper; the others are
 * plain text, math written in Unicode (qₘ · kₙ, θ₀).
 */
import type { StringsOf } from '../translate.ts';

export const zh = {
  'rotary.title': '旋转位置编码（RoPE）：分数只看距离',
  'rotary.intro':
    'RoPE 不往输入上加位置编码，而是把查询和键按位置“转”一下：位置 $m$ 上的查询转 $m\\theta$，位置 $n$ 上的键转 $n\\theta$。旋转不改变长度，两个向量的点积只和长度、夹角有关，所以分数只取决于两者的距离 $n - m$。',

  'rotary.part1': '一对分量：在平面上看旋转',
  'rotary.part1Intro': 'RoPE 把向量的分量两两配成一对，每一对就是平面上的一支箭头。这里只看一对：q 的两个数和 k 的两个数。',
  'rotary.vectors': 'q 和 k 的这一对分量',
  'rotary.component': '{vector} 的第 {i} 个分量',
  'rotary.pasteHint': '可以把四个数（先 q 后 k，用空格或逗号隔开）一次粘贴进第一个格子。',
  'rotary.m.legend': '查询的位置 m',
  'rotary.m.slider': '查询的位置 m，滑块',
  'rotary.m.field': '查询的位置 m，输入框',
  'rotary.n.legend': '键的位置 n',
  'rotary.n.slider': '键的位置 n，滑块',
  'rotary.n.field': '键的位置 n，输入框',
  'rotary.positionValue': '位置 {value}',
  'rotary.pair.legend': '选哪一对：第 $i$ 对每挪一个位置转 $\\theta_i = b^{-2i/d}$ 弧度（这里 b = {base}，d = {d}）',
  'rotary.pair.option': 'θ{i} = {theta}',
  'rotary.pair.hint': '越往后的对转得越慢：快的对对近处的距离敏感，慢的对即使隔得很远也不会转回原处。',
  'rotary.move.legend': '两个位置一起挪',
  'rotary.move.bothUp': 'm 和 n 都 +1',
  'rotary.move.bothDown': 'm 和 n 都 −1',
  'rotary.move.hint': '只拖 m 或只拖 n，距离就变了。',

  'rotary.diagram.label':
    '平面上的这一对：q = ({q}) 转过 m·θ = {mTheta} 弧度，成为 qₘ = ({qRot})；k = ({k}) 转过 n·θ = {nTheta} 弧度，成为 kₙ = ({kRot})。从 qₘ 到 kₙ 的夹角是 {between} 弧度。',
  'rotary.legend.before': '虚线：转之前的 q 和 k',
  'rotary.legend.after': '实线：转过之后的 qₘ 和 kₙ',
  'rotary.legend.angle': '小圆弧：从 qₘ 到 kₙ 的夹角（弧度）',

  'rotary.num.theta': '每挪一个位置转',
  'rotary.num.thetaValue': 'θ = {theta} 弧度',
  'rotary.num.turns': '一共转了',
  'rotary.num.turnsValue': 'm·θ = {mTheta}，n·θ = {nTheta}',
  'rotary.num.qRot': 'qₘ（q 转 m·θ）',
  'rotary.num.kRot': 'kₙ（k 转 n·θ）',
  'rotary.num.lengths': '长度不变',
  'rotary.num.lengthsValue': '|qₘ| = {qRot}，|q| = {q}；|kₙ| = {kRot}，|k| = {k}',
  'rotary.num.score': '分数 qₘ · kₙ',
  'rotary.num.relative': '只把 k 转 (n − m)·θ，再和 q 点积',
  'rotary.num.relativeValue': '{value}（与上一行相差 {diff}）',
  'rotary.equation': '同一个分数，用长度和角度来算：',

  'rotary.change.none': '试试“m 和 n 都 +1”：两个位置一起挪，距离不变，分数会不会变？',
  'rotary.change.same': 'm 和 n 都挪了 {shift}，距离 n − m 还是 {offset}：分数从 {before} 到 {after}，没有变（只差 {diff}，是浮点舍入）。',
  'rotary.change.sameExact': 'm 和 n 都挪了 {shift}，距离 n − m 还是 {offset}：分数还是 {after}，和之前一模一样。',
  'rotary.change.offset': '距离 n − m 从 {from} 变成了 {to}：分数从 {before} 变成了 {after}。',
  'rotary.change.unchanged': '不变',
  'rotary.change.changed': '变了',
  'rotary.announce': 'm = {m}，n = {n}，距离 {offset}，分数 qₘ · kₙ = {score}。',

  'rotary.part2': '一整段序列：{n} 个位置两两打分',
  'rotary.part2Intro':
    '把同一个查询 q 和同一个键 k（各 {d} 个分量，也就是 {pairs} 对，每对按自己的 θ 转）放到位置 0 到 {last}，每个位置按 RoPE 转好，再两两算点积 qₘ · kₙ，得到一张 {n} × {n} 的分数表。',
  'rotary.seq.vector': '{name} = ({values})',
  'rotary.seq.new': '换一组 q 和 k',
  'rotary.heat.caption': '分数 qₘ · kₙ：行是查询的位置 m，列是键的位置 n',
  'rotary.heat.row': 'm = {m}',
  'rotary.heat.col': 'n = {n}',
  'rotary.heat.legend': '格子和背景的反差越大，分数越高；每一格都印着数值。',
  'rotary.heat.diagonal': '描粗边的那条斜线是 n − m = {offset}，也就是上面那一对的距离；这条线上每一格都是 {value}。',
  'rotary.heat.offGrid': '上面那一对的距离 n − m = {offset} 超出了这张表（最多 ±{max}），所以没有标出斜线。',
  'rotary.heat.spread': '同一条斜线（n − m 相同）上的数全都相等：{count} 条斜线里，最大的差只有 {spread}，是浮点舍入。分数只看两个位置隔多远，不看它们在哪儿。',
  'rotary.heat.spreadZero': '同一条斜线（n − m 相同）上的数全都相等：{count} 条斜线里，最大的差是 0。分数只看两个位置隔多远，不看它们在哪儿。',

  'rotary.input.blank': '{name} 是空的：请填一个数。',
  'rotary.input.notANumber': '“{value}”不是数字：{name} 要填像 0.5 或 -1.2 这样的数。',
  'rotary.input.notFinite': '“{value}”不是有限的数：{name} 要填一个普通的数。',
  'rotary.input.range': '{name} 要在 {min} 到 {max} 之间，“{value}”超出了这个范围。',
  'rotary.input.whole': '{name} 是位置，只能是整数，“{value}”不是整数。',
} as const;

export const en: StringsOf<typeof zh> = {
  'rotary.title': 'Rotary embeddings (RoPE): the score sees only the distance',
  'rotary.intro':
    'RoPE adds nothing to the input. Instead it turns the query and the key by an angle that grows with their position: the query at position $m$ by $m\\theta$, the key at position $n$ by $n\\theta$. A rotation keeps lengths, and a dot product depends only on the lengths and the angle between the vectors, so the score depends only on the distance $n - m$.',

  'rotary.part1': 'One pair: the rotation in the plane',
  'rotary.part1Intro': 'RoPE groups a vector’s entries in pairs, and each pair is an arrow in the plane. Here is one pair: two numbers of q and two of k.',
  'rotary.vectors': 'This pair of q and k',
  'rotary.component': '{vector}, entry {i}',
  'rotary.pasteHint': 'You can paste all four numbers (q’s first, then k’s, separated by spaces or commas) into the first cell.',
  'rotary.m.legend': 'Query position m',
  'rotary.m.slider': 'Query position m, slider',
  'rotary.m.field': 'Query position m, field',
  'rotary.n.legend': 'Key position n',
  'rotary.n.slider': 'Key position n, slider',
  'rotary.n.field': 'Key position n, field',
  'rotary.positionValue': 'position {value}',
  'rotary.pair.legend': 'Which pair: pair $i$ turns by $\\theta_i = b^{-2i/d}$ radians per position (here b = {base}, d = {d})',
  'rotary.pair.option': 'θ{i} = {theta}',
  'rotary.pair.hint': 'Later pairs turn more slowly: the fast ones react to small distances, the slow ones do not come full circle even when the positions are far apart.',
  'rotary.move.legend': 'Move both positions',
  'rotary.move.bothUp': 'm and n both +1',
  'rotary.move.bothDown': 'm and n both −1',
  'rotary.move.hint': 'Move only m or only n, and the distance changes.',

  'rotary.diagram.label':
    'The pair in the plane: q = ({q}) turned by m·θ = {mTheta} rad becomes qₘ = ({qRot}); k = ({k}) turned by n·θ = {nTheta} rad becomes kₙ = ({kRot}). The angle from qₘ to kₙ is {between} rad.',
  'rotary.legend.before': 'Dashed: q and k before turning',
  'rotary.legend.after': 'Solid: qₘ and kₙ after turning',
  'rotary.legend.angle': 'Small arc: the angle from qₘ to kₙ (in radians)',

  'rotary.num.theta': 'Turn per position',
  'rotary.num.thetaValue': 'θ = {theta} rad',
  'rotary.num.turns': 'Turned in all',
  'rotary.num.turnsValue': 'm·θ = {mTheta}, n·θ = {nTheta}',
  'rotary.num.qRot': 'qₘ (q turned by m·θ)',
  'rotary.num.kRot': 'kₙ (k turned by n·θ)',
  'rotary.num.lengths': 'Lengths kept',
  'rotary.num.lengthsValue': '|qₘ| = {qRot}, |q| = {q}; |kₙ| = {kRot}, |k| = {k}',
  'rotary.num.score': 'Score qₘ · kₙ',
  'rotary.num.relative': 'Only k turned, by (n − m)·θ, dotted with q',
  'rotary.num.relativeValue': '{value} (differs from the line above by {diff})',
  'rotary.equation': 'The same score from lengths and angles:',

  'rotary.change.none': 'Try “m and n both +1”: both positions move together and the distance stays the same. Does the score change?',
  'rotary.change.same': 'm and n both moved by {shift}, so the distance n − m is still {offset}: the score went from {before} to {after}, unchanged (off by only {diff}, floating-point rounding).',
  'rotary.change.sameExact': 'm and n both moved by {shift}, so the distance n − m is still {offset}: the score is still {after}, exactly as before.',
  'rotary.change.offset': 'The distance n − m went from {from} to {to}: the score went from {before} to {after}.',
  'rotary.change.unchanged': 'Unchanged',
  'rotary.change.changed': 'Changed',
  'rotary.announce': 'm = {m}, n = {n}, distance {offset}: score qₘ · kₙ = {score}.',

  'rotary.part2': 'A whole sequence: {n} positions, every pair scored',
  'rotary.part2Intro':
    'Put the same query q and the same key k ({d} entries each, so {pairs} pairs, every pair turning by its own θ) at positions 0 to {last}, rotate each as RoPE does, and take every dot product qₘ · kₙ: a {n} × {n} table of scores.',
  'rotary.seq.vector': '{name} = ({values})',
  'rotary.seq.new': 'New q and k',
  'rotary.heat.caption': 'Scores qₘ · kₙ: rows are the query’s position m, columns the key’s position n',
  'rotary.heat.row': 'm = {m}',
  'rotary.heat.col': 'n = {n}',
  'rotary.heat.legend': 'The more a cell stands out from the background, the higher the score; every cell shows its value.',
  'rotary.heat.diagonal': 'The diagonal with thick borders is n − m = {offset}, the distance in the pair above; every cell on it holds {value}.',
  'rotary.heat.offGrid': 'The distance above, n − m = {offset}, lies beyond this table (at most ±{max}), so no diagonal is marked.',
  'rotary.heat.spread': 'Each diagonal (the same n − m) holds a single value: across all {count} diagonals the largest spread is {spread}, floating-point rounding. The score depends on how far apart the positions are, not on where they stand.',
  'rotary.heat.spreadZero': 'Each diagonal (the same n − m) holds a single value: across all {count} diagonals the largest spread is 0. The score depends on how far apart the positions are, not on where they stand.',

  'rotary.input.blank': '{name} is empty: enter a number.',
  'rotary.input.notANumber': '“{value}” is not a number: {name} needs something like 0.5 or -1.2.',
  'rotary.input.notFinite': '“{value}” is not a finite number: {name} needs an ordinary number.',
  'rotary.input.range': '{name} must lie between {min} and {max}; “{value}” is outside that range.',
  'rotary.input.whole': '{name} is a position, so it must be a whole number; “{value}” is not.',
};

export type RotaryKey = keyof typeof zh;

/** The keys whose text holds $TeX$: typeset at build time (RotaryPair.astro), shown with {@html}. */
export const TYPESET = ['rotary.intro', 'rotary.pair.legend'] as const satisfies readonly RotaryKey[];
