"""The window icon comes from the bundled resources, at every size the desktops ask for."""

from whaapy_contacts.ui.common.app_icon import SIZES, app_icon


def test_the_icon_has_every_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(SIZES)
    for size in SIZES:
        assert icon.pixmap(size, size).width() == size
