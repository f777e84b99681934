using System;

namespace Sharpy.Parser;

/// <summary>The parser options compile() flags ask for (pegen's PyPARSE_* flags).</summary>
[Flags]
public enum ParseFlags
{
    None = 0,
    /// <summary>PyCF_TYPE_COMMENTS: `# type: ...` comments become type_comment fields and
    /// `# type: ignore...` Module.type_ignores.</summary>
    TypeComments = 1,
    /// <summary>PyCF_DONT_IMPLY_DEDENT: in 'single' mode the end of the input does not close the
    /// open blocks, so a compound statement without its final blank line is incomplete.</summary>
    DontImplyDedent = 2,
    /// <summary>PyCF_ALLOW_INCOMPLETE_INPUT: a parse that fails because the input ended raises
    /// _IncompleteInputError("incomplete input"), which codeop reads as "more input needed".</summary>
    AllowIncompleteInput = 4,
    /// <summary>The source is a script file read by the interpreter (the file tokenizer, not the
    /// string one): null bytes are "source code cannot contain null bytes".</summary>
    FileInput = 8,
    /// <summary>PyCF_IGNORE_COOKIE: the source is a str's UTF-8 (compile, exec or eval of a str,
    /// and -c), so a coding cookie in it declares nothing.</summary>
    IgnoreCookie = 16,
}
