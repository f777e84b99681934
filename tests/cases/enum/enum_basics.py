# enum from the docs: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, members, repr/str/format.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f"{Color.RED!r:>5}")
print(Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], type(Color.RED))
print(list(Color), len(Color), Color.RED in Color, 3 in Color, 7 in Color)
print(Color.RED is Color(1), Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print(Color.__members__)
print(isinstance(Color.GREEN, Color), Color.__name__, Color.RED.__class__.__name__)
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError:', e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError:', e)


class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()

print([(m.name, m.value) for m in Ordinal])


class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ONE = auto()
    TWO = auto()

print(list(AutoName), AutoName.ONE.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3

print(Number.TWO, repr(Number.TWO), Number.TWO + 1, Number.ONE < Number.THREE, f"{Number.THREE}", format(Number.ONE, '03d'))
print(Number(2) == 2, sorted([Number.THREE, Number.ONE]), int(Number.TWO), [1, 2, 3][Number.ONE])


class Http(StrEnum):
    GET = auto()
    POST = 'post!'

print(Http.GET, repr(Http.GET), Http.POST.upper(), Http.GET == 'get', f"{Http.POST}", '-'.join(Http))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

RW = Perm.R | Perm.W
print(RW, repr(RW), Perm.R in RW, Perm.X in RW, RW & Perm.R, repr(Perm(0)), int(RW), list(RW))
print(repr(~Perm.R), repr(Perm.R | 8), Perm(7))


class Col(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(repr(Col.RED | Col.GREEN), Col.WHITE, repr(~Col.RED), bool(Col(0)), list(Col), len(Col.WHITE))
print(Col.RED.value, Col.BLUE.value, Col.WHITE.name, (Col.RED | Col.GREEN).name)
try:
    Col(16)
except ValueError as e:
    print('ValueError:', e)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal.__module__)
Pets = Enum('Pets', [('DOG', 'd'), ('CAT', 'c')], module=__name__)
print(Pets('c'), repr(Pets.DOG))

try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print('ValueError:', e)


class WithMember(Enum):
    A = 1
    helper = nonmember(10)
    @member
    def func():
        return 'f'

print(list(WithMember.__members__), WithMember.func.value(), WithMember.helper)

try:
    class Extended(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name

class Derived(Base):
    X = 1

print(Derived.X.hello(), Derived.X.__class__.__mro__[1].__name__)
print(dir(Color))
print(sorted(dir(Color.RED)))
