//! Figures counting the same thing over the same period and place, and the
//! pairs of values that cannot both be right (rules in the crate's `figures` module).

use super::*;

/// What [`check_figures`] found.
pub(super) struct FigureCheck {
    pub groups: Vec<FigureGroupSummary>,
    pub disagreements: Vec<FigureDisagreement>,
    pub disagreement_count: u64,
    pub pairs_undated: u64,
    pub pairs_days_apart: u64,
}

pub(super) fn check_figures(aggregates: &DumpAggregates) -> FigureCheck {
    let mut figure_groups = Vec::new();
    let mut disagreements = Vec::new();
    let mut disagreement_count = 0u64;
    let (mut pairs_undated, mut pairs_days_apart) = (0u64, 0u64);
    for (key, group) in &aggregates.figures {
        let mut values: Vec<(&FigureValueKey, &FigureValue)> = group.values.iter().collect();
        values.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        values.truncate(MAX_VALUES_PER_GROUP);
        let mut found = false;
        let comparable = crate::figures::comparable(&key.counted, &key.scope);
        for (x, (ka, va)) in values.iter().enumerate().filter(|_| comparable) {
            for (kb, vb) in &values[x + 1..] {
                let different_origin = va.first.position.0 != vb.first.position.0
                    || va.first.source != vb.first.source;
                if !different_origin
                    || !values_disagree((ka.value(), ka.qualifier), (kb.value(), kb.qualifier))
                {
                    continue;
                }
                match date_check(ka.day, kb.day) {
                    DateCheck::Undated => pairs_undated += 1,
                    DateCheck::DaysApart => pairs_days_apart += 1,
                    DateCheck::Comparable => {}
                }
                if date_check(ka.day, kb.day) == DateCheck::Comparable {
                    found = true;
                    disagreement_count += 1;
                    if disagreements.len() < MAX_DISAGREEMENTS {
                        let (low, high) = if ka.value() <= kb.value() {
                            ((ka, va), (kb, vb))
                        } else {
                            ((kb, vb), (ka, va))
                        };
                        disagreements.push(FigureDisagreement {
                            counted: key.counted.to_string(),
                            time_scope: key.scope.to_string(),
                            place: key.place.to_string(),
                            low: figure_report(aggregates, low.0, low.1),
                            high: figure_report(aggregates, high.0, high.1),
                        });
                    }
                }
            }
        }
        figure_groups.push(FigureGroupSummary {
            counted: key.counted.to_string(),
            time_scope: key.scope.to_string(),
            place: key.place.to_string(),
            reports: group.reports,
            values: values
                .iter()
                .map(|(k, v)| figure_report(aggregates, k, v))
                .collect(),
            disagreement: found,
        });
    }
    figure_groups.sort_by(|a, b| {
        b.disagreement
            .cmp(&a.disagreement)
            .then(b.reports.cmp(&a.reports))
    });
    figure_groups.truncate(MAX_FIGURE_GROUPS);
    FigureCheck {
        groups: figure_groups,
        disagreements,
        disagreement_count,
        pairs_undated,
        pairs_days_apart,
    }
}

pub(super) fn figure_report(
    aggregates: &DumpAggregates,
    key: &FigureValueKey,
    value: &FigureValue,
) -> FigureReport {
    let digest = aggregates.articles.get(value.first.position.0 as usize);
    FigureReport {
        value: key.value(),
        qualifier: key.qualifier,
        text: value.first.text.to_string(),
        count: value.count,
        article_id: digest
            .as_ref()
            .map(|d| d.id().to_string())
            .unwrap_or_default(),
        outlet: digest
            .as_ref()
            .and_then(|d| aggregates.outlet(d))
            .map(str::to_string),
        date: digest.as_ref().and_then(|d| d.date()).map(str::to_string),
        source: value.first.source.as_deref().map(str::to_string),
        time_scope: value.first.time_scope.as_deref().map(str::to_string),
        sources: value.sources.iter().map(|s| s.to_string()).collect(),
        outlets: value.outlets.iter().map(|s| s.to_string()).collect(),
    }
}

/// Whether two values can be compared at all, by their articles' dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DateCheck {
    Comparable,
    Undated,
    DaysApart,
}

pub(super) fn date_check(a: Option<i64>, b: Option<i64>) -> DateCheck {
    match (a, b) {
        (Some(a), Some(b)) if (a - b).abs() <= MAX_DAYS_APART => DateCheck::Comparable,
        (Some(_), Some(_)) => DateCheck::DaysApart,
        _ => DateCheck::Undated,
    }
}
