using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OfficeTools.Engine.Rendering;

/// <summary>
/// A template function over its evaluated arguments. ScriptObject.Import builds a function from a delegate by
/// reflection (about a millisecond a function when a process starts); these are plain objects.
/// </summary>
internal sealed class TemplateFunction(string name, int arity, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body) : IScriptCustomFunction
{
    /// <summary>Every argument is required.</summary>
    public int RequiredParameterCount => arity;
    /// <summary>The number of arguments.</summary>
    public int ParameterCount => arity;
    /// <summary>No variable argument lists.</summary>
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    /// <summary>Any value.</summary>
    public Type ReturnType => typeof(object);
    /// <summary>Arguments are taken as they come and converted by the function.</summary>
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index + 1}");

    /// <summary>Runs the function; a wrong number of arguments is a template error at the call.</summary>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != arity)
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"Invalid number of arguments `{arguments.Count}` passed to `{name}` while expecting `{arity}` arguments");
        return body(context, callerContext, arguments);
    }

    /// <summary>Runs the function (rendering is synchronous).</summary>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Adds a function of <paramref name="arity"/> arguments to <paramref name="target"/>.</summary>
    public static void Add(ScriptObject target, string name, int arity, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body) =>
        target.SetValue(name, new TemplateFunction(name, arity, body), readOnly: true);

    /// <summary>Argument <paramref name="i"/> as text, as Scriban converts arguments for string parameters.</summary>
    public static string Text(TemplateContext c, ScriptArray args, int i) => args[i] as string ?? c.ObjectToString(args[i]) ?? "";

    /// <summary>Argument <paramref name="i"/> as a number, as Scriban converts arguments for int parameters.</summary>
    public static int Int(TemplateContext c, ScriptNode? at, ScriptArray args, int i) => c.ToInt(at?.Span ?? default, args[i]);
}
