from .load import Rulebook, RulebookError, load

__all__ = ["Rulebook", "RulebookError", "load"]
