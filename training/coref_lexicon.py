"""The hand-made bilingual lexicon of the coreference data set: seven Winograd-style families.

Each family has a sentence frame in English and Chinese with two noun slots, A (the subject,
first) and B (the object, second), a pronoun after them, and an adjective that decides which
noun the pronoun refers to. Noun fillers come in pairs (English, Chinese) so that a held-out
concept is held out in both languages. Every adjective points the same way (to A or to B)
in every family that uses it, so a family–adjective combination held out of training can be
learned from the other families.

Chinese frames are written pre-segmented: words separated by spaces. That segmentation is the
ground truth; the tokenizer (tokenize.py, src/model/tokenizer.ts) must recover it from the
unsegmented text by greedy longest match, and the generator checks that it does.
"""

# Adjectives: id → (English, Chinese, the noun it makes the pronoun refer to).
ADJECTIVES: dict[str, tuple[str, str, str]] = {
    'tired': ('tired', '累', 'A'),
    'old': ('old', '老', 'A'),
    'scared': ('scared', '害怕', 'A'),
    'weak': ('weak', '虚弱', 'A'),
    'hungry': ('hungry', '饿', 'A'),
    'slow': ('slow', '慢', 'A'),
    'lazy': ('lazy', '懒', 'A'),
    'greedy': ('greedy', '贪吃', 'A'),
    'big': ('big', '大', 'A'),
    'tall': ('tall', '高', 'A'),
    'large': ('large', '庞大', 'A'),
    'wide': ('wide', '宽', 'B'),
    'busy': ('busy', '拥挤', 'B'),
    'long': ('long', '长', 'B'),
    'dangerous': ('dangerous', '危险', 'B'),
    'fast': ('fast', '快', 'B'),
    'quick': ('quick', '敏捷', 'B'),
    'small': ('small', '小', 'B'),
    'narrow': ('narrow', '窄', 'B'),
    'shallow': ('shallow', '浅', 'B'),
    'low': ('low', '矮', 'B'),
    'heavy': ('heavy', '重', 'B'),
    'tasty': ('tasty', '好吃', 'B'),
    'fresh': ('fresh', '新鲜', 'B'),
    'sweet': ('sweet', '甜', 'B'),
}

# Each family: frames per language ({A} {B} {PRON} {INT} {ADJ} are slots; {INT} is an
# intensifier: English "too"/"so"/"very", Chinese 太…了/非常/很, chosen from `intensifiers`),
# the pronoun, the noun fillers (English, Chinese) for A and B, and the adjectives.
FAMILIES: list[dict] = [
    {
        'id': 'cross',
        'en': {
            'frames': ['the {A} did not cross the {B} because {PRON} was {INT} .',
                       'the {A} could not cross the {B} because {PRON} was {INT} .'],
            'pronoun': 'it',
            'intensifiers': ['too {ADJ}', 'so {ADJ}'],
        },
        'zh': {
            'frames': ['{A} 没有 穿过 {B} ， 因为 {PRON} {INT} 。',
                       '{A} 没能 穿过 {B} ， 因为 {PRON} {INT} 。'],
            'pronoun': '它',
            'intensifiers': ['太 {ADJ} 了', '非常 {ADJ}'],
        },
        'A': [('animal', '动物'), ('dog', '小狗'), ('horse', '马'), ('cow', '牛'), ('sheep', '羊'),
              ('goat', '山羊'), ('pig', '猪'), ('duck', '鸭子'), ('chicken', '小鸡'), ('donkey', '驴'),
              ('deer', '鹿'), ('camel', '骆驼')],
        'B': [('street', '街道'), ('road', '马路'), ('river', '河'), ('bridge', '桥'), ('highway', '公路'),
              ('square', '广场'), ('field', '田野'), ('valley', '山谷'), ('railway', '铁路'),
              ('stream', '小溪'), ('desert', '沙漠'), ('park', '公园')],
        'adjectives': ['tired', 'old', 'scared', 'weak', 'slow', 'lazy', 'hungry', 'wide', 'busy', 'long', 'dangerous'],
    },
    {
        'id': 'fit',
        'en': {
            'frames': ['the {A} does not fit in the {B} because {PRON} is {INT} .',
                       'the {A} did not fit into the {B} because {PRON} was {INT} .'],
            'pronoun': 'it',
            'intensifiers': ['too {ADJ}', 'so {ADJ}'],
        },
        'zh': {
            'frames': ['{A} 放不进 {B} ， 因为 {PRON} {INT} 。',
                       '{A} 装不进 {B} 里 ， 因为 {PRON} {INT} 。'],
            'pronoun': '它',
            'intensifiers': ['太 {ADJ} 了', '非常 {ADJ}'],
        },
        'A': [('trophy', '奖杯'), ('ball', '球'), ('book', '书'), ('toy', '玩具'), ('lamp', '台灯'),
              ('helmet', '头盔'), ('guitar', '吉他'), ('vase', '花瓶'), ('pillow', '枕头'),
              ('camera', '相机'), ('umbrella', '雨伞'), ('kettle', '水壶')],
        'B': [('suitcase', '行李箱'), ('box', '盒子'), ('bag', '袋子'), ('backpack', '背包'),
              ('drawer', '抽屉'), ('basket', '篮子'), ('cabinet', '柜子'), ('bucket', '水桶'),
              ('jar', '罐子'), ('envelope', '信封'), ('pocket', '口袋'), ('crate', '木箱')],
        'adjectives': ['big', 'tall', 'large', 'small', 'narrow', 'shallow'],
    },
    {
        'id': 'catch',
        'en': {
            'frames': ['the {A} could not catch the {B} because {PRON} was {INT} .',
                       'the {A} did not catch the {B} because {PRON} was {INT} .'],
            'pronoun': 'it',
            'intensifiers': ['too {ADJ}', 'so {ADJ}'],
        },
        'zh': {
            'frames': ['{A} 没有 抓到 {B} ， 因为 {PRON} {INT} 。',
                       '{A} 抓不到 {B} ， 因为 {PRON} {INT} 。'],
            'pronoun': '它',
            'intensifiers': ['太 {ADJ} 了', '非常 {ADJ}'],
        },
        'A': [('cat', '小猫'), ('fox', '狐狸'), ('wolf', '狼'), ('lion', '狮子'), ('tiger', '老虎'),
              ('bear', '熊'), ('owl', '猫头鹰'), ('snake', '蛇'), ('leopard', '豹子'), ('frog', '青蛙'),
              ('crocodile', '鳄鱼'), ('monkey', '猴子')],
        'B': [('butterfly', '蝴蝶'), ('bird', '小鸟'), ('mouse', '老鼠'), ('rabbit', '兔子'), ('fly', '苍蝇'),
              ('bee', '蜜蜂'), ('squirrel', '松鼠'), ('sparrow', '麻雀'), ('lizard', '蜥蜴'), ('moth', '飞蛾'),
              ('dragonfly', '蜻蜓'), ('grasshopper', '蚱蜢')],
        'adjectives': ['hungry', 'slow', 'lazy', 'tired', 'weak', 'old', 'scared', 'fast', 'quick', 'small'],
    },
    {
        'id': 'lift',
        'en': {
            'frames': ['the {A} could not lift the {B} because {PRON} was {INT} .',
                       'the {A} was unable to lift the {B} because {PRON} was {INT} .'],
            'pronoun': 'he',
            'intensifiers': ['too {ADJ}', 'so {ADJ}'],
        },
        'zh': {
            'frames': ['{A} 抱不动 {B} ， 因为 {PRON} {INT} 。',
                       '{A} 没能 抱起 {B} ， 因为 {PRON} {INT} 。'],
            'pronoun': '他',
            'intensifiers': ['太 {ADJ} 了', '非常 {ADJ}'],
        },
        'A': [('man', '男人'), ('father', '父亲'), ('farmer', '农民'), ('teacher', '老师'), ('doctor', '医生'),
              ('king', '国王'), ('soldier', '士兵'), ('worker', '工人'), ('driver', '司机'), ('uncle', '叔叔'),
              ('grandfather', '爷爷'), ('coach', '教练')],
        'B': [('boy', '男孩'), ('son', '儿子'), ('child', '孩子'), ('student', '学生'), ('prince', '王子'),
              ('brother', '弟弟'), ('nephew', '侄子'), ('patient', '病人'), ('player', '球员'), ('kid', '小孩'),
              ('cousin', '表弟'), ('baby', '婴儿')],
        'adjectives': ['weak', 'tired', 'old', 'lazy', 'scared', 'heavy'],
    },
    {
        'id': 'door',
        'en': {
            'frames': ['the {A} did not go through the {B} because {PRON} was {INT} .',
                       'the {A} would not fit through the {B} because {PRON} was {INT} .'],
            'pronoun': 'it',
            'intensifiers': ['too {ADJ}', 'so {ADJ}'],
        },
        'zh': {
            'frames': ['{A} 搬不进 {B} ， 因为 {PRON} {INT} 。',
                       '{A} 没能 通过 {B} ， 因为 {PRON} {INT} 。'],
            'pronoun': '它',
            'intensifiers': ['太 {ADJ} 了', '非常 {ADJ}'],
        },
        'A': [('table', '桌子'), ('sofa', '沙发'), ('bed', '床'), ('piano', '钢琴'), ('fridge', '冰箱'),
              ('desk', '书桌'), ('wardrobe', '衣柜'), ('bookshelf', '书架'), ('mirror', '镜子'),
              ('chair', '椅子'), ('bathtub', '浴缸'), ('statue', '雕像')],
        'B': [('door', '门'), ('gate', '大门'), ('window', '窗户'), ('doorway', '门口'), ('hallway', '走廊'),
              ('tunnel', '隧道'), ('elevator', '电梯'), ('entrance', '入口'), ('staircase', '楼梯'),
              ('arch', '拱门'), ('garage', '车库'), ('passage', '通道')],
        'adjectives': ['big', 'tall', 'large', 'small', 'narrow', 'low'],
    },
    {
        'id': 'eat',
        'en': {
            'frames': ['the {A} ate the {B} because {PRON} was {INT} .',
                       'the {A} quickly ate the {B} because {PRON} was {INT} .'],
            'pronoun': 'it',
            'intensifiers': ['very {ADJ}', 'so {ADJ}'],
        },
        'zh': {
            'frames': ['{A} 吃 了 {B} ， 因为 {PRON} {INT} 。',
                       '{A} 很快 吃掉 了 {B} ， 因为 {PRON} {INT} 。'],
            'pronoun': '它',
            'intensifiers': ['很 {ADJ}', '非常 {ADJ}'],
        },
        'A': [('fish', '鱼'), ('goose', '鹅'), ('hedgehog', '刺猬'), ('mole', '鼹鼠'), ('turkey', '火鸡'),
              ('crow', '乌鸦'), ('seal', '海豹'), ('penguin', '企鹅'), ('shark', '鲨鱼'), ('whale', '鲸鱼'),
              ('otter', '水獭'), ('parrot', '鹦鹉')],
        'B': [('worm', '虫子'), ('apple', '苹果'), ('bread', '面包'), ('fruit', '水果'), ('cake', '蛋糕'),
              ('cookie', '饼干'), ('carrot', '胡萝卜'), ('grape', '葡萄'), ('cheese', '奶酪'), ('berry', '浆果'),
              ('corn', '玉米'), ('seed', '种子')],
        'adjectives': ['hungry', 'greedy', 'tasty', 'fresh', 'sweet', 'small'],
    },
    {
        'id': 'pass',
        'en': {
            'frames': ['the {A} could not pass under the {B} because {PRON} was {INT} .',
                       'the {A} did not fit under the {B} because {PRON} was {INT} .'],
            'pronoun': 'it',
            'intensifiers': ['too {ADJ}', 'so {ADJ}'],
        },
        'zh': {
            'frames': ['{A} 没能 从 {B} 下面 通过 ， 因为 {PRON} {INT} 。',
                       '{A} 钻不过 {B} ， 因为 {PRON} {INT} 。'],
            'pronoun': '它',
            'intensifiers': ['太 {ADJ} 了', '非常 {ADJ}'],
        },
        'A': [('ship', '轮船'), ('truck', '卡车'), ('bus', '巴士'), ('crane', '吊车'), ('tractor', '拖拉机'),
              ('van', '面包车'), ('train', '火车'), ('tank', '坦克'), ('giraffe', '长颈鹿'), ('balloon', '气球'),
              ('yacht', '游艇'), ('camper', '房车')],
        'B': [('overpass', '天桥'), ('branch', '树枝'), ('wire', '电线'), ('sign', '路牌'), ('roof', '屋顶'),
              ('beam', '横梁'), ('balcony', '阳台'), ('ceiling', '天花板'), ('cable', '缆绳'), ('banner', '横幅'),
              ('pipe', '水管'), ('tree', '大树')],
        'adjectives': ['tall', 'big', 'large', 'low'],
    },
]

# Optional prefixes, so that the nouns, the pronoun and the adjective move around.
PREFIXES: dict[str, list[str]] = {
    'en': ['', 'yesterday ,', 'this morning ,', 'last week ,', 'i think', 'my friend said that',
           'we all saw that', 'in the story ,', 'to be honest ,', 'as everyone knows ,',
           'at the end of the day ,', 'one day , the children noticed that'],
    'zh': ['', '昨天 ，', '今天 早上 ，', '上周 ，', '我 觉得', '朋友 说', '大家 都 看到',
           '故事 里 ，', '老实说 ，', '众所周知 ，', '忙 了 一 整天 以后 ，', '有 一天 ， 孩子们 发现'],
}

# Held out of training. Nouns: the last two fillers of every slot (never in the vocabulary,
# so they reach the model as <unk>). Combinations: one adjective per family, each of which
# points the same way in at least two other families that are trained.
HELD_OUT_NOUNS_PER_SLOT = 2
HELD_OUT_COMBOS: list[tuple[str, str]] = [
    ('cross', 'old'), ('fit', 'tall'), ('catch', 'weak'), ('lift', 'tired'), ('door', 'big'), ('eat', 'small'),
    ('pass', 'large'),
]

# The flip pairs of the issue: the same sentence with one adjective swapped flips the referent.
FLIP_PAIRS: list[dict] = [
    {'lang': 'en', 'text': 'The animal did not cross the street because it was too {}.', 'adjectives': ['tired', 'wide'], 'referents': ['animal', 'street']},
    {'lang': 'en', 'text': 'The trophy does not fit in the suitcase because it is too {}.', 'adjectives': ['big', 'small'], 'referents': ['trophy', 'suitcase']},
    {'lang': 'en', 'text': 'The cat could not catch the butterfly because it was too {}.', 'adjectives': ['hungry', 'fast'], 'referents': ['cat', 'butterfly']},
    {'lang': 'zh', 'text': '动物没有穿过街道，因为它太{}了。', 'adjectives': ['累', '宽'], 'referents': ['动物', '街道']},
    {'lang': 'zh', 'text': '奖杯放不进行李箱，因为它太{}了。', 'adjectives': ['大', '小'], 'referents': ['奖杯', '行李箱']},
    {'lang': 'zh', 'text': '小猫没有抓到蝴蝶，因为它太{}了。', 'adjectives': ['饿', '快'], 'referents': ['小猫', '蝴蝶']},
]

PRONOUNS = {'en': ['it', 'he'], 'zh': ['它', '他']}
