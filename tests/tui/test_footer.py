"""The footer: one line of the screen's keys, fitted to the width, each key clickable."""

from __future__ import annotations

from tui_guides import AppFactory, lantern_guide, library_of

from walker.tui.screens.help import HelpScreen
from walker.tui.widgets.footer import FittingFooter, FooterItem, fitted, item_width


def item(key: str, description: str = "Do", *, palette: bool = False) -> FooterItem:
    return FooterItem(key, key, description, True, description, palette=palette)


def test_what_does_not_fit_goes_palette_first_then_from_the_right_help_and_escape_last() -> None:
    keys = [item("enter"), item("escape"), item("n"), item("question_mark"), item("d")]
    palette = item("ctrl+p", "palette", palette=True)
    every = [*keys, palette]
    whole = sum(item_width(each, False) for each in every)
    assert fitted(every, whole, False) == every
    assert fitted(every, whole - 1, False) == keys
    without_d = whole - item_width(palette, False) - item_width(keys[-1], False)
    assert fitted(every, without_d, False) == keys[:-1]
    two = item_width(keys[1], False) + item_width(keys[3], False)
    assert fitted(every, two, False) == [keys[1], keys[3]]
    assert fitted(every, 0, False) == []
    assert item_width(keys[0], True) == item_width(keys[0], False) - 1


async def test_clicking_a_key_anywhere_on_it_presses_it(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide()))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(FittingFooter)
        start = 0
        for shown in footer.shown:
            if shown.key == "question_mark":
                break
            start += item_width(shown, footer.compact)
        await pilot.click(FittingFooter, offset=(start - 1, 0))  # the key before: Clear, greyed
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, HelpScreen)
        last = start + item_width(shown, footer.compact) - 1
        await pilot.click(FittingFooter, offset=(last, 0))  # the space after "Help" is Help's
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


def test_the_footer_draws_each_key_as_wide_as_it_counts_it() -> None:
    footer = FittingFooter()
    for compact in (False, True):
        footer.compact = compact
        for each in (item("enter", "Open"), item("question_mark", "Help")):
            assert footer._drawn(each).cell_length == item_width(each, compact)
        palette = item("ctrl+p", "palette", palette=True)
        assert footer._drawn(palette).cell_length == item_width(palette, compact) - 1  # the mark
