from .. import
