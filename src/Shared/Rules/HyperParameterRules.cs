#nullable enable
using System;
using System.Collections.Generic;
using AlgorithmGen.Model;

namespace AlgorithmGen.Rules
{
    /// <summary>AG01xx: the rules the API documents for <c>SupportedHyperParameters</c>.</summary>
    internal static class HyperParameterRules
    {
        public static void Check(RuleContext context)
        {
            List<HyperParameterSpecification>? hyperParameters = context.Request.TrainingSpecification?.SupportedHyperParameters;
            if (hyperParameters is null)
            {
                return;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (HyperParameterSpecification hyperParameter in hyperParameters)
            {
                if (hyperParameter is null)
                {
                    continue;
                }

                string name = hyperParameter.Name ?? "(unnamed)";
                if (hyperParameter.Name is not null && !names.Add(hyperParameter.Name))
                {
                    context.Report(RuleCatalog.DuplicateHyperParameter, hyperParameter, HyperParameterSpecification.Members.Name.Name,
                        "Hyperparameter '" + name + "' is declared more than once; give each hyperparameter a unique name.");
                }

                if (hyperParameter.IsRequired == true && hyperParameter.DefaultValue is not null)
                {
                    context.Report(RuleCatalog.RequiredWithDefault, hyperParameter, HyperParameterSpecification.Members.DefaultValue.Name,
                        "Hyperparameter '" + name + "' is required and also has default value '" + hyperParameter.DefaultValue
                        + "' (\"If a default value is specified, a hyperparameter cannot be required\"); remove the default or make it optional.");
                }

                CheckRange(context, hyperParameter, name);
                if (hyperParameter.DefaultValue is { } defaultValue && HyperParameterValues.Problem(hyperParameter, defaultValue) is { } problem)
                {
                    context.Report(RuleCatalog.InvalidDefault, hyperParameter, HyperParameterSpecification.Members.DefaultValue.Name,
                        "The default of '" + name + "' is not valid for " + HyperParameterValues.WithArticle(hyperParameter.Type) + " hyperparameter: " + problem + ".");
                }

                if (hyperParameter.IsTunable == true && (hyperParameter.Type == "FreeText" || hyperParameter.Range is null))
                {
                    context.Report(RuleCatalog.TunableWithoutRange, hyperParameter, HyperParameterSpecification.Members.IsTunable.Name,
                        hyperParameter.Type == "FreeText"
                            ? "FreeText hyperparameter '" + name + "' can't be tunable; make it not tunable or give it another type with a range."
                            : "Tunable hyperparameter '" + name + "' has no range; give it MinValue and MaxValue (or Values), or make it not tunable.");
                }
            }
        }

        private static void CheckRange(RuleContext context, HyperParameterSpecification hyperParameter, string name)
        {
            ParameterRange? range = hyperParameter.Range;
            if (range is null)
            {
                return;
            }

            string expected = hyperParameter.Type switch
            {
                "Integer" => ParameterRange.Members.IntegerParameterRangeSpecification.Name,
                "Continuous" => ParameterRange.Members.ContinuousParameterRangeSpecification.Name,
                "Categorical" => ParameterRange.Members.CategoricalParameterRangeSpecification.Name,
                _ => "no range",
            };
            foreach ((string kind, IApiShape? specification) in new (string, IApiShape?)[]
            {
                (ParameterRange.Members.IntegerParameterRangeSpecification.Name, range.IntegerParameterRangeSpecification),
                (ParameterRange.Members.ContinuousParameterRangeSpecification.Name, range.ContinuousParameterRangeSpecification),
                (ParameterRange.Members.CategoricalParameterRangeSpecification.Name, range.CategoricalParameterRangeSpecification),
            })
            {
                if (specification is not null && kind != expected)
                {
                    context.Report(RuleCatalog.RangeKindMismatch, range, kind,
                        hyperParameter.Type + " hyperparameter '" + name + "' has a " + kind + "; " + HyperParameterValues.WithArticle(hyperParameter.Type) + " hyperparameter takes " + expected + ".");
                }
            }

            if (range.IntegerParameterRangeSpecification is { } integers)
            {
                CheckBounds(context, integers, integers.MinValue, integers.MaxValue, name, "an integer", HyperParameterValues.Integer);
            }

            if (range.ContinuousParameterRangeSpecification is { } numbers)
            {
                CheckBounds(context, numbers, numbers.MinValue, numbers.MaxValue, name, "a number", HyperParameterValues.Continuous);
            }

            if (range.CategoricalParameterRangeSpecification?.Values is { } values)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < values.Count; i++)
                {
                    if (values[i] is { } value && !seen.Add(value))
                    {
                        context.Report(RuleCatalog.DuplicateCategoricalValue, range.CategoricalParameterRangeSpecification, CategoricalParameterRangeSpecification.Members.Values.Name,
                            "Value '" + value + "' of '" + name + "' is listed twice; remove the repeat.", i);
                    }
                }
            }
        }

        private static void CheckBounds(RuleContext context, IApiShape owner, string? min, string? max, string name, string kind, HyperParameterValues.NumberParser parse)
        {
            // Integer and continuous ranges name their bounds alike.
            bool minOk = Bound(context, owner, IntegerParameterRangeSpecification.Members.MinValue.Name, min, name, kind, parse, out double low);
            bool maxOk = Bound(context, owner, IntegerParameterRangeSpecification.Members.MaxValue.Name, max, name, kind, parse, out double high);
            if (minOk && maxOk && low > high)
            {
                context.Report(RuleCatalog.MinGreaterThanMax, owner, IntegerParameterRangeSpecification.Members.MinValue.Name,
                    "The range of '" + name + "' has MinValue " + min + " greater than MaxValue " + max + "; swap them.");
            }
        }

        private static bool Bound(RuleContext context, IApiShape owner, string member, string? text, string name, string kind, HyperParameterValues.NumberParser parse, out double value)
        {
            value = 0;
            if (text is null)
            {
                return false; // AG0001 reports the missing bound.
            }

            if (parse(text, out value))
            {
                return true;
            }

            context.Report(RuleCatalog.InvalidRangeBound, owner, member, member + " '" + text + "' of '" + name + "' is not " + kind + "; write " + kind + ".");
            return false;
        }
    }
}
