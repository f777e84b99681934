import os
import os.path
import a.b.c as d, e
from x import y
from x.y import (a, b as c,)
from . import m
from ..pkg import *
from ...deep.mod import thing
