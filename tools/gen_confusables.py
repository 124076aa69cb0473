#!/usr/bin/env python3
"""Generate rules/data/confusable-chars.txt and rules/data/confusable-words.txt.

The `confusable-character` rule flags a character that OCR misread as a look-alike
(己经 for 已经, 末来 for 未来). It needs two tables:

confusable-chars.txt: groups of visually similar Han characters, one group per line.
  Sources, merged (a character may sit in several groups):
  1. our own list (K_OWN_GROUPS below): the classic 形近字 pairs that OCR confuses,
     characters that differ by one stroke, a dot or the length of a stroke (己/已/巳,
     未/末, 戊/戌/戍, 大/太/犬, 人/入, 土/士, 日/曰, 拨/拔, 侯/候, 辨/辩/辫, 即/既 ...).
  2. Unihan's kSpoofingVariant (Debian package unicode-data,
     /usr/share/unicode/Unihan_Variants.txt.bz2): characters with identical glyphs.
  3. ICU's UTS #39 confusables (python3-icu, SpoofChecker.getSkeleton): Han characters
     with the same skeleton.
  From 2 and 3 only pairs where one character is common (jieba character count >=
  K_COMMON_CHAR) and the other occurs in jieba at all: the rest are CJK extension
  characters no OCR engine outputs.

confusable-words.txt: `word TAB cost`, cost = round(-10 * log2(count / total)) in
  tenths of a bit, from jieba's dictionary (Debian python3-jieba, jieba/dict.txt).
  Every word of 2-4 Han characters of the BMP with a count >= K_MIN_COUNT (the rule
  needs to know the words around a look-alike too: 叠入数据 is not 叠人数据 because 数
  belongs to 数据), and each confusable character on its own (its cost as a
  one-character word).

Usage: tools/gen_confusables.py [--dict PATH] [--data-dir rules/data]
Needs python3-icu for source 3 (skipped with a warning when missing).
"""

import argparse
import bz2
import collections
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jieba_dict import JIEBA_DICT, package_version, word_counts  # noqa: E402

# Our own list: groups of characters that printed-text OCR confuses. Each group is a set
# of look-alikes; pairs that only sound alike are not here.
K_OWN_GROUPS = """
己已巳 己乙 未末 未朱 未耒 戊戌戍戎 戌成 大太犬 人入 土士 千于 干于 日曰
拨拔 拨泼 拔跋 跋跛 侯候 侯喉 侯猴 候猴 辨辩辫瓣 辨辦 即既 贝见 今令 令冷
冷泠 天夭夫 王玉 主王 木本术 刀力 刁刃 甲申由 午牛 鸟乌 免兔 壁璧 析折拆
往住 注汪 冶治 茶荼 徒徙 汩汨 崇祟 兵乒乓 晴睛 问间 历厉 设没 货贷 卷券
季李 宇字 宁宇 准淮 恃持 侍待 杨扬 场汤肠 捐损 幕墓暮慕 籍藉 膀榜 博搏
峰锋蜂 栗粟 刺剌 官宫 扶抉 子孑 白自 旦且 母毋 亨享 炙灸 汆氽 陪倍赔培 烧浇
坚竖 贵责 佳隹 桶捅 惋婉 编偏篇 厂广 内肉 尤龙 爪瓜 孤狐 洒酒 采釆 巾币
开井 斤斥 戈弋 幻幼 壶壸 赢嬴羸 撤撒 微徽 论伦轮 喻愉 输偷 拾恰 塌塔 墩敦
暇假瑕 练炼 缘椽 锐悦 宜宣 嗅臭 埋理 眯咪 苦若 情清请 休体 找伐 仓仑 段锻缎
颗棵稞 减碱 赃脏 卸御 冒胃 瓦互 几凡 九丸 叉又 义叉 弟第 第笫 粒拉 坑抗炕
乞气 廷延 迁迂 宝室 室窒 睹赌堵 暑署薯 撮摄 淌躺 渴喝 揭竭谒歇 济挤剂 逐遂
壤攘嚷镶 幢撞憧 锤捶 浸侵 怜玲 拧柠 买卖 威咸 咸减 贯惯 慢漫馒幔谩蔓 惑感
憾撼 勺匀 均钩 钓钧钩 沙纱 抄炒 侨桥 娇骄 轿桥 俩辆 两辆 冈风 岗刚 纲钢
唇辱 拦栏 篮蓝 监蓝 鉴签 践浅 钱浅 线浅 盏盖 菅管 管官 皆背 晋普 普谱 壬王
工土 士干 目日 曰白 田由 甲由 己巴 巴已 儿几 乌马 刀万 万方 夕歹 吉告 舌告
古右 名各 东乐 旧归 仁仨 仕什 付什 什计 认议 议仪 饮饭 银很 很狠 限恨 粮粱
梁粱 折拆 拆斥 崖涯 搞稿 冰水 水永 予矛 戴载 载栽 栽裁 裁哉 哉载 栽载 杂朵
朵杂 汉汶 怀坏 艰限 恨很 狼狠 踩睬 婢碑 脾牌 部邮 陪部 阻祖 组祖 祖租 租粗
粗组 泪汩 拍柏 伯怕 怕帕 帕柏 迭送 活括 括刮 刮乱 育肓 慌荒 侮海 海悔 悔侮
梅海 每毎 毒毐 母每 己巳 已巳 了子 子了 刁习 习刁 乂义 文又 丈大 丈文 夫失
失矢 消稍 稍梢 哨悄 悄捎 捎稍
"""

K_COMMON_CHAR = 2000  # a character count above which a character is common in jieba
K_MIN_COUNT = 50  # the smallest word count kept (rarer words are mostly names)


def is_bmp_han(c):
    return "\u3400" <= c <= "\u9fff" or c == "\u3007"


def unihan_spoofing(path):
    pairs = []
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[1] == "kSpoofingVariant":
                a = chr(int(fields[0][2:], 16))
                for value in fields[2].split():
                    pairs.append((a, chr(int(value[2:].split("<")[0], 16))))
    return pairs


def icu_skeleton_pairs():
    try:
        import icu  # python3-icu
    except ImportError:
        print("warning: python3-icu missing, ICU confusables skipped", file=sys.stderr)
        return []
    checker = icu.SpoofChecker()
    by_skeleton = collections.defaultdict(list)
    for cp in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)):
        c = chr(cp)
        by_skeleton[checker.getSkeleton(0, c)].append(c)
    pairs = []
    for skeleton, chars in by_skeleton.items():
        members = set(chars) | ({skeleton} if len(skeleton) == 1 else set())
        for a in members:
            for b in members:
                if a < b:
                    pairs.append((a, b))
    return pairs


def main():
    here = os.path.dirname(__file__)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dict", default=JIEBA_DICT)
    parser.add_argument("--unihan", default="/usr/share/unicode/Unihan_Variants.txt.bz2")
    parser.add_argument("--data-dir", default=os.path.join(here, "..", "rules", "data"))
    args = parser.parse_args()

    words = word_counts(args.dict)
    total = sum(words.values())
    char_count = collections.Counter()
    for word, count in words.items():
        for c in word:
            char_count[c] += count

    groups = []
    for group in K_OWN_GROUPS.split():
        groups.append("".join(dict.fromkeys(group)))
    own = len(groups)
    extra = unihan_spoofing(args.unihan) + icu_skeleton_pairs()
    seen = set()
    for a, b in extra:
        key = tuple(sorted((a, b)))
        if a == b or key in seen or not (is_bmp_han(a) and is_bmp_han(b)):
            continue
        seen.add(key)
        counts = sorted((char_count[a], char_count[b]))
        if counts[0] > 0 and counts[1] >= K_COMMON_CHAR:
            groups.append(a + b)
    confusable = set("".join(groups))

    with open(os.path.join(args.data_dir, "confusable-chars.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("# Groups of visually similar Han characters that OCR confuses, one group a\n")
        f.write("# line. Generated by tools/gen_confusables.py: its own list of look-alikes\n")
        f.write(f"# ({own} groups), Unihan kSpoofingVariant (unicode-data "
                f"{package_version('unicode-data')}) and\n")
        f.write(f"# ICU UTS #39 skeletons (python3-icu {package_version('python3-icu')}), "
                f"{len(groups) - own} groups. Do not edit by hand.\n")
        for group in groups:
            f.write(group + "\n")

    rows = []
    for word, count in words.items():
        if count < K_MIN_COUNT and len(word) > 1:
            continue
        if not 1 <= len(word) <= 4 or not all(is_bmp_han(c) for c in word):
            continue
        if len(word) == 1 and word not in confusable:
            continue
        rows.append((word, round(-10 * math.log2(count / total))))
    rows.sort(key=lambda r: (r[1], r[0]))
    with open(os.path.join(args.data_dir, "confusable-words.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("# Words of jieba's dictionary (2-4 characters; one character when it is in\n")
        f.write("# confusable-chars.txt), TAB, cost round(-10 * log2(count / total)) in tenths\n")
        f.write("# of a bit. Generated by\n")
        f.write("# tools/gen_confusables.py from Debian's python3-jieba "
                f"{package_version('python3-jieba')}\n")
        f.write(f"# (jieba/dict.txt, {total} word occurrences; words counted {K_MIN_COUNT} "
                "times or more). Do not edit by hand.\n")
        for word, cost in rows:
            f.write(f"{word}\t{cost}\n")
    print(f"{len(groups)} groups ({len(confusable)} characters), {len(rows)} words")


if __name__ == "__main__":
    main()
