using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

/// <summary>
/// elementtreestate: ParseError, copy.deepcopy, the xml.etree.ElementPath module that the
/// complex paths go to, and the comment and PI factories that `_set_factories` installs.
/// </summary>
internal sealed class ElementTreeState(PyType parseError, PyObject deepcopy, PyObject elementPath)
{
    public readonly PyType ParseError = parseError;
    public readonly PyObject Deepcopy = deepcopy;
    public readonly PyObject ElementPath = elementPath;
    public PyObject? CommentFactory;
    public PyObject? PiFactory;

    /// <summary>The current interpreter's state (the module has been imported, or none of its objects could exist).</summary>
    public static ElementTreeState Get() => ModuleState<ElementTreeState>.Get();
}
