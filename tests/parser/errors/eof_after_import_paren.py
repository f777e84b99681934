from a import (
