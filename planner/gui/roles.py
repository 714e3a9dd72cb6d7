"""Qt's item data roles as plain numbers, for the models the window shows as it starts.

Naming any member of `Qt` makes PySide6 build all 117 enums of its Qt namespace through Python's
enum module (124 M instructions, a fifth of a bare window's start), so the people list and the
Profile page, built and drawn at every start, compare roles with these numbers instead.
"""

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
EDIT = 2  # EditRole
TOOLTIP = 3  # ToolTipRole
FONT = 6  # FontRole
ACCESSIBLE_TEXT = 11  # AccessibleTextRole
ACCESSIBLE_DESCRIPTION = 12  # AccessibleDescriptionRole
USER = 0x0100  # UserRole: the first for the planner's own
