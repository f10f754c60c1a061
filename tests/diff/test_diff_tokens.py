"""Dutch tokenisation and word-level steps."""

from wetgen.diff.tokens import TextOp, is_quote, is_reference, same_text, tokenize, word_ops


def test_tokens_join_back_to_the_text():
    text = 'In artikel 12a, eerste lid, wordt "zes" vervangen door „twaalf”.\n  Zo’n 3.10 en 1°.'
    assert "".join(tokenize(text)) == text


def test_a_reference_is_one_token_and_its_comma_another():
    tokens = tokenize("artikel 12a, onderdeel b en ARTIKEL IA")
    assert tokens[:2] == ("artikel 12a", ",")
    assert "onderdeel b" in tokens
    assert "ARTIKEL IA" in tokens
    assert all(is_reference(t) for t in ("artikel 12a", "onderdeel b", "lid 2", "artikel 3.10"))


def test_quotes_are_tokens_of_their_own():
    tokens = tokenize('wordt "woonruimte" vervangen')
    assert tokens[2:5] == ('"', "woonruimte", '"')
    assert is_quote('"') and is_quote("„") and not is_quote("a")


def test_ordinary_words_after_a_unit_noun_stay_words():
    assert "artikel is" not in tokenize("het artikel is kort")
    assert "onderdeel en" not in tokenize("dit onderdeel en dat")


def test_word_ops_replace_only_the_changed_word():
    ops = word_ops("ten minste zes maanden na", "ten minste twaalf maanden na")
    assert [op for op in ops if op.op != "equal"] == [TextOp("replace", "zes", "twaalf")]
    assert "".join(op.old for op in ops) == "ten minste zes maanden na"
    assert "".join(op.new for op in ops) == "ten minste twaalf maanden na"


def test_a_renumbered_reference_is_one_replacement():
    ops = word_ops("bedoeld in artikel 28c, eerste lid", "bedoeld in artikel 28d, eerste lid")
    assert [op for op in ops if op.op != "equal"] == [
        TextOp("replace", "artikel 28c", "artikel 28d")
    ]


def test_insert_and_delete_steps():
    assert TextOp("insert", "", " dringend") in word_ops("een woning", "een woning dringend")
    assert TextOp("delete", "dringend ", "") in word_ops("een dringend woning", "een woning")


def test_whitespace_only_changes_count_unless_ignored():
    old, new = "een  woning\nvoor", "een woning voor"
    assert not same_text(old, new)
    assert any(op.op != "equal" for op in word_ops(old, new))
    assert same_text(old, new, ignore_whitespace=True)
    assert all(op.op == "equal" for op in word_ops(old, new, ignore_whitespace=True))
