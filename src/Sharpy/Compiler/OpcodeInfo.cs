namespace Sharpy.Compiler;

/// <summary>
/// Opcode properties the compiler needs (Include/internal/pycore_opcode_metadata.h and
/// pycore_opcode_utils.h of 3.14): arguments, jumps, what each instruction pops and pushes.
/// The net stack effect is generated from CPython's metadata (<see cref="Op.StackEffect"/>);
/// a unit test checks these tables against it.
/// </summary>
static class OpcodeInfo
{
    public static bool HasArg(int op) => op >= Op.HAVE_ARGUMENT && op != Op.POP_BLOCK && op != Op.ANNOTATIONS_PLACEHOLDER;

    public static bool HasConst(int op) => op == Op.LOAD_CONST;

    public static bool HasJump(int op) => op switch
    {
        Op.END_ASYNC_FOR or Op.FOR_ITER or Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT or Op.JUMP_FORWARD
            or Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE or Op.POP_JUMP_IF_TRUE
            or Op.SEND or Op.JUMP or Op.JUMP_IF_FALSE or Op.JUMP_IF_TRUE or Op.JUMP_NO_INTERRUPT => true,
        _ => false,
    };

    public static bool IsBlockPush(int op) => op == Op.SETUP_FINALLY || op == Op.SETUP_CLEANUP || op == Op.SETUP_WITH;

    public static bool HasTarget(int op) => HasJump(op) || IsBlockPush(op);

    public static bool IsScopeExit(int op) => op == Op.RETURN_VALUE || op == Op.RAISE_VARARGS || op == Op.RERAISE;

    public static bool IsTerminator(int op) => HasJump(op) || IsScopeExit(op);

    public static bool IsUnconditionalJump(int op) => op == Op.JUMP || op == Op.JUMP_NO_INTERRUPT
        || op == Op.JUMP_FORWARD || op == Op.JUMP_BACKWARD || op == Op.JUMP_BACKWARD_NO_INTERRUPT;

    public static bool IsConditionalJump(int op) => op == Op.POP_JUMP_IF_FALSE || op == Op.POP_JUMP_IF_TRUE
        || op == Op.POP_JUMP_IF_NONE || op == Op.POP_JUMP_IF_NOT_NONE;

    /// <summary>HAS_EVAL_BREAK_FLAG: instructions that check the eval breaker.</summary>
    public static bool HasEvalBreak(int op) => op switch
    {
        Op.RESUME or Op.JUMP_BACKWARD or Op.JUMP or Op.CALL or Op.CALL_KW or Op.CALL_FUNCTION_EX => true,
        _ => false,
    };

    /// <summary>Code units of an instruction with its EXTENDED_ARG prefixes and caches.</summary>
    public static int InstrSize(int op, int oparg)
    {
        int extended = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
        return extended + 1 + Op.CacheEntries(op);
    }

    public static int NumPopped(int op, int oparg) => op switch
    {
        Op.BINARY_SLICE => 3,
        Op.BUILD_TEMPLATE => 2,
        Op.CALL_FUNCTION_EX => 4,
        Op.CHECK_EG_MATCH or Op.CHECK_EXC_MATCH => 2,
        Op.CLEANUP_THROW => 3,
        Op.DELETE_SUBSCR => 2,
        Op.END_FOR => 1,
        Op.END_SEND => 2,
        Op.EXIT_INIT_CHECK => 1,
        Op.FORMAT_SIMPLE => 1,
        Op.FORMAT_WITH_SPEC => 2,
        Op.GET_AITER or Op.GET_ANEXT or Op.GET_ITER or Op.GET_LEN or Op.GET_YIELD_FROM_ITER => 1,
        Op.MAKE_FUNCTION => 1,
        Op.MATCH_KEYS => 2,
        Op.MATCH_MAPPING or Op.MATCH_SEQUENCE => 1,
        Op.POP_EXCEPT or Op.POP_ITER or Op.POP_TOP => 1,
        Op.PUSH_EXC_INFO => 1,
        Op.RETURN_VALUE => 1,
        Op.STORE_SLICE => 4,
        Op.STORE_SUBSCR => 3,
        Op.TO_BOOL or Op.UNARY_INVERT or Op.UNARY_NEGATIVE or Op.UNARY_NOT => 1,
        Op.WITH_EXCEPT_START => 5,
        Op.BINARY_OP => 2,
        Op.BUILD_INTERPOLATION => 2 + (oparg & 1),
        Op.BUILD_LIST or Op.BUILD_SET or Op.BUILD_SLICE or Op.BUILD_STRING or Op.BUILD_TUPLE => oparg,
        Op.BUILD_MAP => oparg * 2,
        Op.CALL => oparg + 2,
        Op.CALL_INTRINSIC_1 => 1,
        Op.CALL_INTRINSIC_2 => 2,
        Op.CALL_KW => oparg + 3,
        Op.COMPARE_OP or Op.CONTAINS_OP or Op.IS_OP => 2,
        Op.CONVERT_VALUE => 1,
        Op.COPY => oparg,
        Op.DELETE_ATTR => 1,
        Op.DICT_MERGE => oparg + 4,
        Op.DICT_UPDATE => oparg + 1,
        Op.END_ASYNC_FOR => 2,
        Op.FOR_ITER => 1,
        Op.GET_AWAITABLE => 1,
        Op.IMPORT_FROM => 1,
        Op.IMPORT_NAME => 2,
        Op.LIST_APPEND or Op.LIST_EXTEND or Op.SET_ADD or Op.SET_UPDATE => oparg + 1,
        Op.LOAD_ATTR => 1,
        Op.LOAD_FROM_DICT_OR_DEREF or Op.LOAD_FROM_DICT_OR_GLOBALS => 1,
        Op.LOAD_SPECIAL => 1,
        Op.LOAD_SUPER_ATTR => 3,
        Op.MAP_ADD => oparg + 2,
        Op.MATCH_CLASS => 3,
        Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE or Op.POP_JUMP_IF_TRUE => 1,
        Op.RAISE_VARARGS => oparg,
        Op.RERAISE => oparg + 1,
        Op.SEND => 2,
        Op.SET_FUNCTION_ATTRIBUTE => 2,
        Op.STORE_ATTR => 2,
        Op.STORE_DEREF or Op.STORE_FAST or Op.STORE_GLOBAL or Op.STORE_NAME or Op.STORE_FAST_MAYBE_NULL => 1,
        Op.STORE_FAST_LOAD_FAST => 1,
        Op.STORE_FAST_STORE_FAST => 2,
        Op.SWAP => oparg,
        Op.UNPACK_EX or Op.UNPACK_SEQUENCE => 1,
        Op.YIELD_VALUE => 1,
        Op.JUMP_IF_FALSE or Op.JUMP_IF_TRUE => 1,
        _ => 0,
    };

    public static int NumPushed(int op, int oparg) => op switch
    {
        Op.BINARY_SLICE or Op.BUILD_TEMPLATE or Op.CALL_FUNCTION_EX => 1,
        Op.CHECK_EG_MATCH or Op.CHECK_EXC_MATCH => 2,
        Op.CLEANUP_THROW => 2,
        Op.END_SEND => 1,
        Op.FORMAT_SIMPLE or Op.FORMAT_WITH_SPEC => 1,
        Op.GET_AITER or Op.GET_ITER or Op.GET_YIELD_FROM_ITER => 1,
        Op.GET_ANEXT or Op.GET_LEN => 2,
        Op.LOAD_BUILD_CLASS or Op.LOAD_LOCALS => 1,
        Op.MAKE_FUNCTION => 1,
        Op.MATCH_KEYS => 3,
        Op.MATCH_MAPPING or Op.MATCH_SEQUENCE => 2,
        Op.PUSH_EXC_INFO => 2,
        Op.PUSH_NULL or Op.RETURN_GENERATOR or Op.RETURN_VALUE => 1,
        Op.TO_BOOL or Op.UNARY_INVERT or Op.UNARY_NEGATIVE or Op.UNARY_NOT => 1,
        Op.WITH_EXCEPT_START => 6,
        Op.BINARY_OP or Op.BUILD_INTERPOLATION => 1,
        Op.BUILD_LIST or Op.BUILD_SET or Op.BUILD_SLICE or Op.BUILD_STRING or Op.BUILD_TUPLE or Op.BUILD_MAP => 1,
        Op.CALL or Op.CALL_INTRINSIC_1 or Op.CALL_INTRINSIC_2 or Op.CALL_KW => 1,
        Op.COMPARE_OP or Op.CONTAINS_OP or Op.IS_OP or Op.CONVERT_VALUE => 1,
        Op.COPY => oparg + 1,
        Op.DICT_MERGE => oparg + 3,
        Op.DICT_UPDATE => oparg,
        Op.FOR_ITER => 2,
        Op.GET_AWAITABLE => 1,
        Op.IMPORT_FROM => 2,
        Op.IMPORT_NAME => 1,
        Op.LIST_APPEND or Op.LIST_EXTEND or Op.SET_ADD or Op.SET_UPDATE => oparg,
        Op.LOAD_ATTR => 1 + (oparg & 1),
        Op.LOAD_COMMON_CONSTANT or Op.LOAD_CONST or Op.LOAD_DEREF or Op.LOAD_FAST or Op.LOAD_FAST_AND_CLEAR
            or Op.LOAD_FAST_BORROW or Op.LOAD_FAST_CHECK or Op.LOAD_NAME or Op.LOAD_SMALL_INT or Op.LOAD_CLOSURE => 1,
        Op.LOAD_FAST_LOAD_FAST or Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW => 2,
        Op.LOAD_FROM_DICT_OR_DEREF or Op.LOAD_FROM_DICT_OR_GLOBALS => 1,
        Op.LOAD_GLOBAL => 1 + (oparg & 1),
        Op.LOAD_SPECIAL => 2,
        Op.LOAD_SUPER_ATTR => 1 + (oparg & 1),
        Op.MAP_ADD => oparg,
        Op.MATCH_CLASS => 1,
        Op.RERAISE => oparg,
        Op.SEND => 2,
        Op.SET_FUNCTION_ATTRIBUTE => 1,
        Op.STORE_FAST_LOAD_FAST => 1,
        Op.SWAP => oparg,
        Op.UNPACK_EX => (oparg & 0xFF) + (oparg >> 8) + 1,
        Op.UNPACK_SEQUENCE => oparg,
        Op.YIELD_VALUE => 1,
        Op.JUMP_IF_FALSE or Op.JUMP_IF_TRUE => 1,
        Op.SETUP_CLEANUP => 2,
        Op.SETUP_FINALLY or Op.SETUP_WITH => 1,
        _ => 0,
    };
}

/// <summary>Opargs with names in CPython's headers.</summary>
static class Oparg
{
    public const int RESUME_AT_FUNC_START = 0, RESUME_AFTER_YIELD = 1, RESUME_AFTER_YIELD_FROM = 2,
        RESUME_AFTER_AWAIT = 3, RESUME_OPARG_DEPTH1_MASK = 4;
    public const int INTRINSIC_PRINT = 1, INTRINSIC_IMPORT_STAR = 2, INTRINSIC_STOPITERATION_ERROR = 3,
        INTRINSIC_ASYNC_GEN_WRAP = 4, INTRINSIC_UNARY_POSITIVE = 5, INTRINSIC_LIST_TO_TUPLE = 6,
        INTRINSIC_TYPEVAR = 7, INTRINSIC_PARAMSPEC = 8, INTRINSIC_TYPEVARTUPLE = 9,
        INTRINSIC_SUBSCRIPT_GENERIC = 10, INTRINSIC_TYPEALIAS = 11;
    public const int INTRINSIC_PREP_RERAISE_STAR = 1, INTRINSIC_TYPEVAR_WITH_BOUND = 2,
        INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3, INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4,
        INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;
    public const int CONSTANT_ASSERTIONERROR = 0, CONSTANT_NOTIMPLEMENTEDERROR = 1, CONSTANT_BUILTIN_TUPLE = 2,
        CONSTANT_BUILTIN_ALL = 3, CONSTANT_BUILTIN_ANY = 4;
    public const int SPECIAL_ENTER = 0, SPECIAL_EXIT = 1, SPECIAL_AENTER = 2, SPECIAL_AEXIT = 3;
    public const int MAKE_FUNCTION_DEFAULTS = 1, MAKE_FUNCTION_KWDEFAULTS = 2, MAKE_FUNCTION_ANNOTATIONS = 4,
        MAKE_FUNCTION_CLOSURE = 8, MAKE_FUNCTION_ANNOTATE = 16;
    public const int FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3;
    public const int Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5;

    /// <summary>COMPARE_OP oparg: the comparison in the top bits, its mask in the low four.</summary>
    public static int Compare(int cmp)
    {
        int mask = cmp switch
        {
            Py_LT => 2, Py_LE => 2 | 8, Py_EQ => 8, Py_NE => 1 | 2 | 4, Py_GT => 4, _ => 4 | 8,
        };
        return (cmp << 5) | mask;
    }
}
