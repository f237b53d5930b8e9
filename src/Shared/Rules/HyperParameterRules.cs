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
                    context.Report(RuleMessages.DuplicateHyperParameter, hyperParameter, HyperParameterSpecification.Members.Name.Name, name);
                }

                if (hyperParameter.IsRequired == true && hyperParameter.DefaultValue is not null)
                {
                    context.Report(RuleMessages.RequiredWithDefault, hyperParameter, HyperParameterSpecification.Members.DefaultValue.Name, name, hyperParameter.DefaultValue);
                }

                CheckRange(context, hyperParameter, name);
                if (hyperParameter.DefaultValue is { } defaultValue && HyperParameterValues.Problem(hyperParameter, defaultValue) is { } problem)
                {
                    context.Report(RuleMessages.InvalidDefault, hyperParameter, HyperParameterSpecification.Members.DefaultValue.Name, name, HyperParameterValues.WithArticle(hyperParameter.Type), problem);
                }

                if (hyperParameter.IsTunable == true && (hyperParameter.Type == "FreeText" || hyperParameter.Range is null))
                {
                    context.Report(hyperParameter.Type == "FreeText" ? RuleMessages.TunableFreeText : RuleMessages.TunableWithoutRange,
                        hyperParameter, HyperParameterSpecification.Members.IsTunable.Name, name);
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
                    context.Report(RuleMessages.RangeKindMismatch, range, kind, hyperParameter.Type, name, kind, HyperParameterValues.WithArticle(hyperParameter.Type), expected);
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
                        context.ReportItem(RuleMessages.DuplicateCategoricalValue, range.CategoricalParameterRangeSpecification, CategoricalParameterRangeSpecification.Members.Values.Name, i, value, name);
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
                context.Report(RuleMessages.MinGreaterThanMax, owner, IntegerParameterRangeSpecification.Members.MinValue.Name, name, min, max);
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

            context.Report(RuleMessages.InvalidRangeBound, owner, member, member, text, name, kind);
            return false;
        }
    }
}
