"""Writes public/models/coref.md, the model card (Chinese, then English), from the measured figures
in coref.json: no number in the card is typed by hand."""
from __future__ import annotations

from pathlib import Path

SETS = {'fresh': ('新句子（训练中没见过的组合）', 'fresh sentences (new combinations of trained words)'),
        'unseenNouns': ('没见过的名词（输入为 `<unk>`）', 'unseen nouns (they reach the model as `<unk>`)'),
        'unseenCombos': ('没见过的句型–形容词组合', 'unseen family–adjective combinations')}


def pct(x: float) -> str:
    return f'{100 * x:.1f} %'


def f3(x: float) -> str:
    return f'{x:.3f}'


def family_table(meta: dict, lang: str) -> list[str]:
    lex = meta['lexicon']
    head = ('| 句型 | 例句 | 指向 A 的形容词 | 指向 B 的形容词 |' if lang == 'zh'
            else '| family | example | adjectives → A | adjectives → B |')
    rows = [head, '|---|---|---|---|']
    for fam in lex['families']:
        spec = fam[lang]
        adj_a = [a for a in fam['adjectives'] if lex['adjectives'][a]['refersTo'] == 'A']
        adj_b = [a for a in fam['adjectives'] if lex['adjectives'][a]['refersTo'] == 'B']
        first = adj_a[0]
        intens = spec['intensifiers'][0].replace('{ADJ}', lex['adjectives'][first][lang])
        example = (spec['frames'][0].replace('{A}', spec['A'][0]).replace('{B}', spec['B'][0])
                   .replace('{PRON}', spec['pronoun']).replace('{INT}', intens))
        example = example.replace(' ', '') if lang == 'zh' else (example[0].upper() + example[1:]).replace(' .', '.')
        held = set(fam['heldOutAdjectives'])

        def names(adjs: list[str]) -> str:
            return ', '.join(lex['adjectives'][a][lang] + ('*' if a in held else '') for a in adjs)
        rows.append(f'| {fam["id"]} | {example} | {names(adj_a)} | {names(adj_b)} |')
    return rows


def accuracy_table(meta: dict, lang: str) -> list[str]:
    ev = meta['evaluation']
    rows = (['| 测试集 | 句数 | 准确率 | 英文 | 中文 | 正确名词上的权重：中位数（5 %–95 %） |'] if lang == 'zh'
            else ['| test set | sentences | accuracy | English | Chinese | weight on the right noun: median (5 %–95 %) |'])
    rows.append('|---|---|---|---|---|---|')
    for key, names in SETS.items():
        r = ev[key]
        w = r['rightWeight']
        rows.append(f'| {names[0 if lang == "zh" else 1]} | {r["n"]} | {pct(r["accuracy"])} | {pct(r["byLanguage"]["en"]["accuracy"])} | '
                    f'{pct(r["byLanguage"]["zh"]["accuracy"])} | {f3(w["median"])} ({f3(w["p05"])}–{f3(w["p95"])}) |')
    return rows


def flip_table(meta: dict, lang: str) -> list[str]:
    rows = (['| 句子 | 指代 | 正确名词 | 另一个名词 |'] if lang == 'zh' else ['| sentence | referent | right noun | other noun |'])
    rows.append('|---|---|---|---|')
    for f in meta['flipPairs']:
        rows.append(f'| {f["text"]} | {f["referent"]} | {f3(f["weightOnReferent"])} | {f3(f["weightOnOtherNoun"])} |')
    return rows


def head_table(meta: dict, lang: str) -> list[str]:
    rows = (['| 层 | 头 | →形容词 | →名词 A | →名词 B | →正确名词 | →自身 | 置零后准确率：新句子 / 新名词 / 新组合 |'] if lang == 'zh'
            else ['| layer | head | → adjective | → noun A | → noun B | → right noun | → itself | accuracy when zeroed: fresh / unseen nouns / unseen combinations |'])
    rows.append('|---|---|---|---|---|---|---|---|')
    for h in meta['headAnalysis']:
        z = h['accuracyWhenZeroed']
        zeroed = ' / '.join(pct(z[k]) for k in SETS)
        if h['head'] == 'all':
            label = '全部' if lang == 'zh' else 'all'
            rows.append(f'| {h["layer"]} | {label} | | | | | | {zeroed} |')
        else:
            rows.append(f'| {h["layer"]} | {h["head"]} | {f3(h["toAdjective"])} | {f3(h["toNounA"])} | {f3(h["toNounB"])} | '
                        f'{f3(h["toRightNoun"])} | {f3(h["toItself"])} | {zeroed} |')
    return rows


def write_card(meta: dict, path: Path) -> None:
    p = meta['pointer']
    heads = [h for h in meta['headAnalysis'] if h['head'] != 'all']
    layer0 = [h for h in heads if h['layer'] == 0]
    carrier = max(layer0, key=lambda h: h['toAdjective'])
    weakest = min(layer0, key=lambda h: h['accuracyWhenZeroed']['fresh'])
    pointer = next(h for h in heads if h['layer'] == p['layer'] and h['head'] == p['head'])
    all0 = next(h for h in meta['headAnalysis'] if h['head'] == 'all' and h['layer'] == 0)['accuracyWhenZeroed']
    other_pointer_layer = [h for h in heads if h['layer'] == p['layer'] and h['head'] != p['head']]
    n_families = len(meta['lexicon']['families'])
    vocab, params = meta['vocabSize'], meta['parameters']
    t = meta['training']
    ev = meta['evaluation']
    combos = ', '.join(f'{a}/{b}' for a, b in meta['heldOut']['combinations'])
    fresh_on_nouns = ev['fresh']['onNouns']['mean']

    zh = [
        '# 指代消解小模型 · 模型卡',
        '',
        f'一个很小的 Transformer 编码器：{meta["layers"]} 层，每层 {meta["heads"]} 个头，d_model = {meta["d_model"]}，'
        f'd_k = {meta["d_k"]}，前馈层宽 {meta["d_ff"]}，共 {params} 个参数（float32）。它只做一件事：'
        f'在模板句里判断代词（it / he / 它 / 他）指的是哪个名词。预测就是注意力本身：在第 {p["layer"]} 层第 {p["head"]} 个头中，'
        '代词那一行的注意力权重落在两个候选名词上，权重大的那个就是模型的答案。'
        '（层和头都从 0 开始编号，与模型文件一致：第 0 层是第一层，第 1 层是第二层。）',
        '',
        '## 数据',
        '',
        f'{n_families} 个 Winograd 式句型，每个都有英文和中文版本。每个名词槽 12 个填充词，其中 2 个不参加训练；'
        f'可选的前缀（如 “昨天，”“我觉得”）让名词、代词和形容词的位置变化。中文按手工词表切词（最长匹配），'
        f'训练用 {t["sentences"]} 个不重复的句子，词表 {vocab} 个词（含 `<pad>` 和 `<unk>`）。'
        f'每个形容词在所有用到它的句型里都指向同一边（A = 第一个名词，B = 第二个名词）；'
        f'带 * 的形容词与该句型的组合不参加训练（{combos}），但这些形容词在至少两个别的句型里训练过。',
        '',
        *family_table(meta, 'zh'),
        '',
        '## 训练',
        '',
        f'损失只作用于指针头：代词那一行的注意力被拉向一个“软”目标——正确名词 {p["target"][0]}，另一个名词 {p["target"][1]}'
        f'（交叉熵），所以权重是真实的分布，不会饱和成 1.000 / 0.000。训练时每个名词以 {t["nounDropout"]} 的概率换成 `<unk>`，'
        f'没见过的词因此不会让模型失灵。{t["steps"]} 步，每批 {t["batchSize"]} 句，AdamW，单线程 CPU 约 {t["seconds"]:.0f} 秒，随机种子 {meta["seed"]}。',
        '',
        '## 准确率（留出的测试集，训练中从未出现）',
        '',
        *accuracy_table(meta, 'zh'),
        '',
        f'“准确率”比较代词那一行在两个名词上的权重；取整行最大值也得到同样的答案（新句子上 {pct(ev["fresh"]["rowArgmaxAccuracy"])}），'
        f'两个名词合计平均得到该行 {f3(fresh_on_nouns)} 的权重。',
        '',
        '各个留出组合的准确率：' + '，'.join(f'{k} {pct(v["accuracy"])}（{v["n"]} 句）' for k, v in ev['unseenCombos']['byCombination'].items()) + '。',
        '',
        '## 翻转句对',
        '',
        '只换一个形容词，答案就翻转：',
        '',
        *flip_table(meta, 'zh'),
        '',
        '## 每个头学到了什么（在新句子上测得）',
        '',
        '表中是代词那一行平均落在形容词、两个名词和代词自己身上的注意力，以及把这个头的输出置零后的准确率。',
        '',
        *head_table(meta, 'zh'),
        '',
        f'- 第 0 层（第一层）把形容词的信息搬到代词上：头 {carrier["head"]} 平均把 {f3(carrier["toAdjective"])} 的注意力放在形容词上；'
        f'单独去掉头 {weakest["head"]}，新句子上的准确率降到 {pct(weakest["accuracyWhenZeroed"]["fresh"])}；'
        f'把这一层的注意力全部置零，准确率从 {pct(ev["fresh"]["accuracy"])} 降到 {pct(all0["fresh"])}（随机猜是 50 %）。',
        f'- 指针头（第 {p["layer"]} 层第 {p["head"]} 个头）平均把 {f3(pointer["toRightNoun"])} 的权重放在正确名词上。'
        '把它的输出置零并不改变准确率：预测读的是它的注意力权重，而不是它的输出。',
        f'- 同一层的其他头没有受到训练信号，注意力大致平铺（到形容词的权重 {", ".join(f3(h["toAdjective"]) for h in other_pointer_layer)}），置零也没有影响。',
        '',
        '## 局限',
        '',
        f'- 玩具：{vocab} 个词、{n_families} 个句型。它不是语言模型，不懂句型之外的句子；自由输入时，没见过的词都变成 `<unk>`。',
        '- 形容词在构造上总是指向同一边，所以任务归结为“这个形容词指第一个还是第二个名词”，比真正的 Winograd 问题简单得多。',
        f'- 指针权重约为 {p["target"][0]}，是因为训练目标就是 {p["target"][0]} / {p["target"][1]}：它表示模型学到的分布，不是校准过的概率。',
        '- 注意力权重显示信息从哪里混合过来，但本身不是对预测的忠实解释（Jain & Wallace 2019；Wiegreffe & Pinter 2019）。'
        '上面的置零实验才是因果意义上的证据。',
        f'- 训练句最长 {t["maxTokens"]} 个词；模型最多接受 {meta["maxLength"]} 个词，更长的句子没有测试过。',
        '',
    ]
    en = [
        '# Coreference toy model · model card',
        '',
        f'A very small Transformer encoder: {meta["layers"]} layers of {meta["heads"]} heads, d_model = {meta["d_model"]}, '
        f'd_k = {meta["d_k"]}, feed-forward width {meta["d_ff"]}, {params} parameters (float32). It does one thing: decide which '
        f'noun a pronoun (it / he / 它 / 他) refers to in template sentences. The prediction *is* attention: in layer {p["layer"]}, '
        f'head {p["head"]}, the pronoun\'s row of attention weights falls on the two candidate nouns, and the one with the larger '
        'weight is the model\'s answer. (Layers and heads are numbered from 0, as in the model files: layer 0 is the first layer, '
        'layer 1 the second.)',
        '',
        '## Data',
        '',
        f'{n_families} Winograd-style families, each in English and in Chinese. Every noun slot has 12 fillers, 2 of which never '
        'appear in training; optional prefixes ("yesterday,", "I think") move the nouns, the pronoun and the adjective around. '
        f'Chinese is segmented with a hand-made word list (longest match). {t["sentences"]} distinct training sentences, a vocabulary '
        f'of {vocab} tokens (with `<pad>` and `<unk>`). Every adjective points the same way (A = first noun, B = second noun) in every '
        f'family that uses it; the combinations marked * are held out of training ({combos}), and each of those adjectives is '
        'trained in at least two other families.',
        '',
        *family_table(meta, 'en'),
        '',
        '## Training',
        '',
        f'The loss acts on the pointer head only: the pronoun\'s attention row is pulled toward a soft target, {p["target"][0]} on the '
        f'right noun and {p["target"][1]} on the other (cross-entropy), so the weights stay a real distribution instead of saturating '
        f'at 1.000 / 0.000. In training each noun becomes `<unk>` with probability {t["nounDropout"]}, so unseen words degrade '
        f'gracefully. {t["steps"]} steps of {t["batchSize"]} sentences, AdamW, about {t["seconds"]:.0f} s on one CPU thread, seed {meta["seed"]}.',
        '',
        '## Accuracy (held-out test sets, never seen in training)',
        '',
        *accuracy_table(meta, 'en'),
        '',
        'Accuracy compares the weights of the pronoun\'s row on the two nouns; the row\'s overall maximum gives the same answer '
        f'({pct(ev["fresh"]["rowArgmaxAccuracy"])} on fresh sentences), and the two nouns together get {f3(fresh_on_nouns)} of the row on average.',
        '',
        'Accuracy per held-out combination: ' + ', '.join(f'{k} {pct(v["accuracy"])} ({v["n"]} sentences)' for k, v in ev['unseenCombos']['byCombination'].items()) + '.',
        '',
        '## Flip pairs',
        '',
        'Swap one adjective and the answer flips:',
        '',
        *flip_table(meta, 'en'),
        '',
        '## What each head learned (measured on fresh sentences)',
        '',
        'Mean attention from the pronoun to the adjective, to each noun and to itself, and the accuracy with that head\'s output zeroed.',
        '',
        *head_table(meta, 'en'),
        '',
        f'- Layer 0 (the first layer) carries the adjective to the pronoun: head {carrier["head"]} puts {f3(carrier["toAdjective"])} of the '
        f'pronoun\'s attention on the adjective on average; zeroing head {weakest["head"]} alone drops fresh-sentence accuracy to '
        f'{pct(weakest["accuracyWhenZeroed"]["fresh"])}, and zeroing all of that layer\'s attention drops it from {pct(ev["fresh"]["accuracy"])} to {pct(all0["fresh"])} (chance is 50 %).',
        f'- The pointer head (layer {p["layer"]}, head {p["head"]}) puts {f3(pointer["toRightNoun"])} on the right noun on average. '
        'Zeroing its output changes nothing: the prediction reads its attention weights, not its output.',
        f'- The other heads of that layer receive no training signal and spread their attention (to the adjective: '
        f'{", ".join(f3(h["toAdjective"]) for h in other_pointer_layer)}); zeroing them changes nothing.',
        '',
        '## Limits',
        '',
        f'- A toy: {vocab} tokens and {n_families} sentence families. It is not a language model and knows nothing outside its '
        'templates; in free text every unknown word becomes `<unk>`.',
        '- By construction an adjective always points the same way, so the task reduces to "does this adjective point to the first '
        'or the second noun?" — far easier than real Winograd schemas.',
        f'- The pointer weight sits near {p["target"][0]} because the training target was {p["target"][0]} / {p["target"][1]}: it shows the '
        'distribution the model learned, not a calibrated probability.',
        '- Attention weights show where information was mixed from, but are not by themselves a faithful explanation of a prediction '
        '(Jain & Wallace 2019; Wiegreffe & Pinter 2019). The zeroing experiments above are the causal evidence.',
        f'- Training sentences have at most {t["maxTokens"]} tokens; the model accepts up to {meta["maxLength"]}, and longer sentences are untested.',
        '',
    ]
    path.write_text('\n'.join(zh + ['---', ''] + en), encoding='utf-8')
