using System.Text;

namespace AlgorithmGen.Generators.Parsing
{
    /// <summary>
    /// Derives a hyperparameter's wire name from its property name (documented in the README):
    /// word boundaries fall before an upper-case letter that follows a lower-case letter or digit, and before the
    /// last capital of an acronym that starts a new word (<c>HTTPServer</c> → <c>http</c> + <c>server</c>).
    /// </summary>
    internal static class HyperParameterNames
    {
        public static string FromPropertyName(string propertyName, HyperParameterNaming naming)
        {
            switch (naming)
            {
                case HyperParameterNaming.AsDeclared:
                    return propertyName;
                case HyperParameterNaming.CamelCase:
                    return propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
                case HyperParameterNaming.KebabCase:
                    return Separate(propertyName, '-');
                default:
                    return Separate(propertyName, '_');
            }
        }

        private static string Separate(string name, char separator)
        {
            var result = new StringBuilder(name.Length + 8);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c) && i > 0 && name[i - 1] != '_')
                {
                    char previous = name[i - 1];
                    bool nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                    if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                    {
                        result.Append(separator);
                    }
                }

                result.Append(c == '_' ? separator : char.ToLowerInvariant(c));
            }

            return result.ToString();
        }
    }
}
