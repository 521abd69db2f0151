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
    whole = sum(item_width(each, 2) for each in every)
    assert fitted(every, whole, 2) == every
    assert fitted(every, whole - 1, 2) == keys
    without_d = whole - item_width(palette, 2) - item_width(keys[-1], 2)
    assert fitted(every, without_d, 2) == keys[:-1]
    two = item_width(keys[1], 2) + item_width(keys[3], 2)
    assert fitted(every, two, 2) == [keys[1], keys[3]]
    assert fitted(every, 0, 2) == []


async def test_clicking_help_in_the_footer_presses_its_key(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(lantern_guide()))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(FittingFooter)
        start = 0
        for shown in footer.shown:
            if shown.key == "question_mark":
                break
            start += item_width(shown, footer.gap)
        await pilot.click(FittingFooter, offset=(1 + start, 0))  # 1: the footer's padding
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
