using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// The connection's statement cache: the last <c>cached_statements</c> statements by SQL text,
/// least recently used first out (CPython wraps the connection in functools.lru_cache).
/// </summary>
internal sealed class StatementCache(int capacity)
{
    readonly Dictionary<string, LinkedListNode<(string Sql, Statement Stmt)>> _map = new();
    readonly LinkedList<(string Sql, Statement Stmt)> _order = new();

    /// <summary>The cached statement for <paramref name="sql"/>, or a new one (cached if there is room); a new reference.</summary>
    public Statement? Get(Connection con, PyUnicode sql)
    {
        if (_map.TryGetValue(sql.Value, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            return Py.NewRef(node.Value.Stmt);
        }
        var stmt = Statement.Create(con, sql);
        if (stmt == null || capacity <= 0) return stmt;
        if (_map.Count >= capacity)
        {
            var last = _order.Last!;
            _order.RemoveLast();
            _map.Remove(last.Value.Sql);
            Py.DECREF(last.Value.Stmt);
        }
        _map[sql.Value] = _order.AddFirst((sql.Value, Py.NewRef(stmt)));
        return stmt;
    }

    public void Traverse(Visitor visit)
    {
        foreach (var (_, stmt) in _order) visit(stmt);
    }

    /// <summary>Drop every statement (finalizing those no cursor still holds).</summary>
    public void Clear()
    {
        var stmts = new List<Statement>(_order.Count);
        foreach (var (_, stmt) in _order) stmts.Add(stmt);
        _order.Clear();
        _map.Clear();
        foreach (var stmt in stmts) Py.DECREF(stmt);
    }
}
