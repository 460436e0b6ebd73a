using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("FactEngine.Tests")]
[assembly: InternalsVisibleTo("factengine")]
