# imppkg.sub.beyond: three dots go above the top-level package.
from ... import anything
