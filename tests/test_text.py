"""Tokenising and query parsing for Chinese, Latin and hostile input."""

from __future__ import annotations

from desktop.core.text import Term, fts_expression, match_spans, parse_query, tokens


def test_tokens_split_cjk_per_character_and_keep_latin_words():
    assert tokens("电子植检证书 ePhyto（IPPC）2019 年") == [
        "电", "子", "植", "检", "证", "书", "ephyto", "ippc", "2019", "年"]


def test_full_width_letters_and_digits_are_normalised():
    assert tokens("ＷＣＯ２０２０") == ["wco2020"]


def test_space_between_digit_and_chinese_is_typography():
    assert parse_query("2019 年 8 月") == parse_query("2019年8月")
    assert parse_query("2019年8月")[0].tokens == ("2019", "年", "8", "月")


def test_space_between_chinese_words_separates_terms():
    terms = parse_query("实蝇 辐照")
    assert [t.tokens for t in terms] == [("实", "蝇"), ("辐", "照")]


def test_latin_terms_match_prefixes_but_cjk_and_digits_do_not():
    assert parse_query("ephy")[0].prefix is True
    assert parse_query("实蝇")[0].prefix is False
    assert parse_query("2019")[0].prefix is False


def test_operators_and_quotes_never_reach_match_unquoted():
    expr = fts_expression(parse_query('"ePhyto" OR NEAR(x) * -WCO ^col:'))
    # every token is a double-quoted string joined by our own operators
    assert expr == '"ephyto" * AND "or" * AND "near" + "x" * AND "wco" * AND "col" *'


def test_punctuation_and_emoji_only_give_no_terms():
    assert parse_query('"*()^:😀\x00') == []
    assert parse_query("") == []


def test_long_input_is_bounded():
    terms = parse_query("词 " * 5000)
    assert len(terms) == 1  # duplicates collapse
    many = parse_query(" ".join(f"w{i}" for i in range(1000)))
    assert 0 < len(many) <= 24


def test_match_spans_ignore_spaces_and_punctuation():
    text = "出席了 2019 年 8 月举行的会议"
    spans = match_spans(text, parse_query("2019年8月"))
    assert [text[s:e] for s, e in spans] == ["2019 年 8 月"]


def test_match_spans_are_case_insensitive_and_merged():
    text = "UNICC and unicc; 实蝇实蝇"
    spans = match_spans(text, [Term(("unicc",), True), Term(("实", "蝇"), False)])
    assert [text[s:e] for s, e in spans] == ["UNICC", "unicc", "实蝇实蝇"]


def test_space_between_number_and_other_chinese_separates_terms():
    assert [t.compact for t in parse_query("秘书处 2020")] == ["秘书处", "2020"]
    assert [t.compact for t in parse_query("第 25 次")] == ["第25次"]


def test_a_single_letter_is_a_word_not_the_start_of_every_word():
    # One letter as a prefix would match nearly every activity of a large library.
    [one] = parse_query("c")
    assert not one.prefix
    [two] = parse_query("cu")
    assert two.prefix
    [phrase] = parse_query("world-c")
    assert phrase.prefix  # inside a phrase the words before it narrow it down
