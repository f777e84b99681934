namespace Sharpy.Modules;

/// <summary>The type codes of marshal's format (Python/marshal.c), one byte before each object.</summary>
static class MarshalCodes
{
    public const int TYPE_NULL = '0';
    public const int TYPE_NONE = 'N';
    public const int TYPE_FALSE = 'F';
    public const int TYPE_TRUE = 'T';
    public const int TYPE_STOPITER = 'S';
    public const int TYPE_ELLIPSIS = '.';
    public const int TYPE_INT = 'i';
    /// <summary>Read for compatibility, never written.</summary>
    public const int TYPE_INT64 = 'I';
    public const int TYPE_FLOAT = 'f';
    public const int TYPE_BINARY_FLOAT = 'g';
    public const int TYPE_COMPLEX = 'x';
    public const int TYPE_BINARY_COMPLEX = 'y';
    public const int TYPE_LONG = 'l';
    public const int TYPE_STRING = 's';
    public const int TYPE_INTERNED = 't';
    public const int TYPE_REF = 'r';
    public const int TYPE_TUPLE = '(';
    public const int TYPE_LIST = '[';
    public const int TYPE_DICT = '{';
    public const int TYPE_CODE = 'c';
    public const int TYPE_UNICODE = 'u';
    public const int TYPE_UNKNOWN = '?';
    public const int TYPE_SET = '<';
    public const int TYPE_FROZENSET = '>';
    public const int TYPE_SLICE = ':';
    public const int TYPE_ASCII = 'a';
    public const int TYPE_ASCII_INTERNED = 'A';
    public const int TYPE_SMALL_TUPLE = ')';
    public const int TYPE_SHORT_ASCII = 'z';
    public const int TYPE_SHORT_ASCII_INTERNED = 'Z';
    /// <summary>Added to a type code: the object goes into the reference list, for TYPE_REF.</summary>
    public const int FLAG_REF = 0x80;
}
