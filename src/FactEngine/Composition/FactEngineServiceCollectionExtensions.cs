using FactEngine.Compilation;
using FactEngine.Composition;
using FactEngine.Extraction;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The one entry point for composition: <c>services.AddFactEngine(o =&gt; o.RulesFrom("rules"))</c>.</summary>
public static class FactEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the compiled rule set and an <see cref="Extractor"/> as singletons. The rules compile when
    /// first resolved; rules that do not compile throw <see cref="RuleCompilationException"/>.
    /// </summary>
    public static IServiceCollection AddFactEngine(this IServiceCollection services, Action<FactEngineOptions>? configure = null)
    {
        var options = new FactEngineOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(_ =>
        {
            var compilation = RuleSetCompiler.Compile(options.RulesPath);
            return compilation.RuleSet ?? throw new RuleCompilationException(compilation.Diagnostics);
        });
        services.AddSingleton(provider => new Extractor(
            provider.GetRequiredService<CompiledRuleSet>(),
            new ExtractionOptions(options.DateMode, options.IncludeMentions)));
        return services;
    }
}
