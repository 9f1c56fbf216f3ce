# Reference values for src/lib/stats, computed by R and written as the JSON fixtures of
# tests/unit/lib/stats/fixtures/ (committed: the tests read them, CI has no R).
#
# Rerun from the repository's root:
#   Rscript scripts/reference/stats.R
# It needs R with metafor, jsonlite, sandwich, effectsize and pwr; on Debian:
#   apt-get install -y --no-install-recommends r-base-core r-cran-metafor r-cran-jsonlite \
#     r-cran-sandwich r-cran-effectsize r-cran-pwr
# The data are drawn with a fixed seed and R's default generators named below, so a rerun
# writes the same files (up to the last digits where a package's version changes its arithmetic).
#
# What each file holds, and where R's number comes from:
#   distributions.json  qnorm, pnorm, qt, pt on grids (df from 1 to 1e6, p from 1e-12 to 1 - 1e-12).
#   proportions.json    single: prop.test(x, n, correct = FALSE)$conf.int (the Wilson interval).
#                       change: Newcombe's method 10 computed here from those Wilson bounds (no
#                       package in Debian implements it); p from prop.test(c(x2, x1), c(n2, n1),
#                       correct = FALSE), checked to equal 2 * pnorm(-|z|) of the pooled z;
#                       Cohen's h from pwr::ES.h.
#   means.json          single: t.test(x) on data vectors, with their n, sum and sum of squares.
#                       change: t.test(y, x, var.equal = FALSE) (Welch); Hedges' g = J * d with
#                       d from effectsize::cohens_d (pooled SD) and J = 1 - 3 / (4(n1 + n2) - 9),
#                       the approximation docs/standard.md §4 names (effectsize's own hedges_g uses
#                       the exact gamma-function J, which differs in small samples).
#   did.json            the interaction coefficient of lm(y ~ wave * group) on the respondents'
#                       data, with a heteroskedasticity-consistent SE (sandwich::vcovHC: HC0 for
#                       proportions, HC2 for means, which equal sqrt(p(1 - p)/n + ...) and
#                       sqrt(SD²/n + ...) for this saturated model: checked here).
#   meta-analysis.json  metafor::rma(yi, vi, method = "DL").
#   sample-size.json    the formula of docs/standard.md §4.5 with its z values, checked against
#                       power.prop.test (which solves the same equation numerically).
# Missing values (R's NA or NaN) are written as null.

suppressPackageStartupMessages({
  library(jsonlite)
  library(metafor)
  library(sandwich)
  library(effectsize)
  library(pwr)
})

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20240611)

out_dir <- "tests/unit/lib/stats/fixtures"
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

Z_95 <- 1.959964 # the standard's z (docs/standard.md §4)
Z_80 <- 0.841621

source("scripts/reference/json.R")

write_fixture <- function(name, cases, note) {
  body <- list(
    generatedBy = "scripts/reference/stats.R",
    r = R.version.string,
    packages = list(
      metafor = as.character(packageVersion("metafor")),
      sandwich = as.character(packageVersion("sandwich")),
      effectsize = as.character(packageVersion("effectsize")),
      pwr = as.character(packageVersion("pwr"))
    ),
    note = note,
    cases = cases
  )
  text <- toJSON(prepare(body), auto_unbox = TRUE, json_verbatim = TRUE, na = "null", pretty = TRUE)
  writeLines(text, file.path(out_dir, paste0(name, ".json")))
  counts <- if (is.null(names(cases))) length(cases) else sapply(cases, length)
  cat(name, ": ", paste(names(counts), counts, collapse = ", "), "\n", sep = "")
}

na_if_nan <- function(x) if (is.nan(x)) NA else x

# ---- distributions --------------------------------------------------------------------------

probabilities <- sort(unique(c(
  10^-(12:2), 0.025, 0.05, seq(0.1, 0.9, by = 0.1), 0.95, 0.975, 0.995,
  1 - 10^-(2:12), 0.5 + 10^-(3:12), 0.5 - 10^-(3:12), 0.5 + 5e-4, 0.5 - 1.1e-3, 0.3333333333333333
)))
normal_probabilities <- sort(unique(c(probabilities, 10^-c(15, 20, 50, 100, 200, 300))))
normal_x <- sort(unique(c(seq(-8, 8, by = 0.25), -c(10, 15, 20, 30, 37), c(10, 15, 20, 30, 37), 1.959964, -1.959964, 1e-8)))
t_df <- c(1, 1.5, 2, 2.5, 3, 4, 5, 7.3, 10, 15, 24.62, 30, 50, 100, 1000, 1e4, 1e5, 1e6)
t_x <- sort(unique(c(0, 1e-6, 0.1, 0.5, 1, 1.5, 1.96, 2, 2.5, 3, 4, 5, 8, 10, 30, 100, 1e3, 1e6) * rep(c(-1, 1), each = 18)))

distributions <- list(
  normalQuantile = lapply(normal_probabilities, function(p) list(p = p, value = qnorm(p))),
  normalCdf = lapply(normal_x, function(x) list(x = x, value = pnorm(x))),
  studentTQuantile = unlist(lapply(t_df, function(df) lapply(probabilities, function(p) list(p = p, df = df, value = qt(p, df)))), recursive = FALSE),
  studentTCdf = unlist(lapply(t_df, function(df) lapply(t_x, function(x) list(x = x, df = df, value = pt(x, df)))), recursive = FALSE)
)
write_fixture("distributions", distributions, "qnorm(p), pnorm(x), qt(p, df), pt(x, df)")

# ---- proportions ----------------------------------------------------------------------------

wilson <- function(x, n, level) suppressWarnings(prop.test(x, n, correct = FALSE, conf.level = level)$conf.int)

single_proportion <- function(x, n, level = 0.95) {
  ci <- wilson(x, n, level)
  p <- x / n
  list(x = x, n = n, level = level, value = p, ciLow = ci[1], ciHigh = ci[2], variance = p * (1 - p) / n)
}

proportion_ns <- c(1, 2, 3, 5, 7, 10, 20, 25, 29, 50, 70, 80, 100, 333, 1000, 5000, 123457, 1e6)
single_cases <- list()
for (n in proportion_ns) {
  xs <- unique(c(0, 1, 2, floor(n / 3), floor(n / 2), n - 2, n - 1, n))
  for (x in xs[xs >= 0 & xs <= n]) single_cases[[length(single_cases) + 1]] <- single_proportion(x, n)
}
for (level in c(0.9, 0.99)) for (cell in list(c(0, 10), c(3, 10), c(10, 10), c(48, 80), c(512, 1000))) {
  single_cases[[length(single_cases) + 1]] <- single_proportion(cell[1], cell[2], level)
}

change_in_proportion <- function(from, to, level = 0.95) {
  x1 <- from[1]; n1 <- from[2]; x2 <- to[1]; n2 <- to[2]
  p1 <- x1 / n1; p2 <- x2 / n2
  w1 <- wilson(x1, n1, level); w2 <- wilson(x2, n2, level)
  d <- p2 - p1
  # Newcombe (1998) method 10, for d = p2 - p1
  low <- d - sqrt((p2 - w2[1])^2 + (w1[2] - p1)^2)
  high <- d + sqrt((w2[2] - p2)^2 + (p1 - w1[1])^2)
  test <- suppressWarnings(prop.test(c(x2, x1), c(n2, n1), correct = FALSE))
  pooled <- (x1 + x2) / (n1 + n2)
  z <- d / sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  p_value <- na_if_nan(test$p.value)
  if (!is.na(p_value)) stopifnot(isTRUE(all.equal(p_value, 2 * pnorm(-abs(z)), tolerance = 1e-12)))
  list(
    from = list(x = x1, n = n1), to = list(x = x2, n = n2), level = level,
    value = d, ciLow = low, ciHigh = high, pValue = p_value,
    effectSize = ES.h(p2, p1), variance = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2
  )
}

cells <- list(
  c(56, 70), c(48, 80), c(9, 10), c(3, 10), c(6, 7), c(2, 7), c(5, 56), c(0, 29), c(0, 10),
  c(0, 20), c(10, 10), c(20, 20), c(1, 1), c(0, 1), c(1, 2), c(120, 400), c(150, 400),
  c(333, 1000), c(350, 1000), c(49999, 100000), c(50500, 100000), c(1, 25), c(24, 25)
)
change_cases <- list()
for (i in seq_along(cells)) for (j in seq_along(cells)) if (i != j && (i + j) %% 3 != 0) {
  change_cases[[length(change_cases) + 1]] <- change_in_proportion(cells[[i]], cells[[j]])
}
for (level in c(0.9, 0.99)) for (pair in list(list(c(48, 80), c(56, 70)), list(c(0, 20), c(10, 10)), list(c(333, 1000), c(350, 1000)))) {
  change_cases[[length(change_cases) + 1]] <- change_in_proportion(pair[[1]], pair[[2]], level)
}
write_fixture("proportions", list(single = single_cases, change = change_cases),
  "single: prop.test(x, n, correct = FALSE); change (to minus from): Newcombe method 10 from those Wilson bounds, prop.test(c(x2, x1), c(n2, n1), correct = FALSE)$p.value, pwr::ES.h(p2, p1)")

# ---- means ----------------------------------------------------------------------------------

aggregate_of <- function(v) list(n = length(v), sum = sum(v), sumSquares = sum(v^2))

samples <- list(
  two = c(3, 5),
  three = c(1, 2, 4),
  likert_small = sample(1:5, 5, replace = TRUE),
  likert_25 = sample(1:5, 25, replace = TRUE),
  scores_30 = sample(0:8, 30, replace = TRUE),
  scores_1000 = sample(0:8, 1000, replace = TRUE, prob = c(1, 1, 2, 3, 5, 8, 5, 3, 1)),
  rsk_means_200 = sapply(1:200, function(i) mean(sample(1:5, sample(3:5, 1), replace = TRUE))),
  normal_10 = rnorm(10, 3, 1.2),
  normal_100 = rnorm(100, -2, 0.7),
  normal_10000 = rnorm(10000, 4, 2),
  skewed_50 = rexp(50, 0.3),
  negative_4 = c(-3.5, -1.25, -8, -2),
  tiny_spread_40 = 2 + rnorm(40, 0, 1e-4),
  large_mean_100 = 1000 + rnorm(100, 0, 0.1),
  large_values_60 = rnorm(60, 5e5, 2e5),
  one_off_12 = c(rep(4, 11), 5)
)

single_mean <- function(name, v, level = 0.95) {
  test <- t.test(v, conf.level = level)
  c(list(name = name), aggregate_of(v), list(
    level = level, value = unname(test$estimate), sd = sd(v),
    ciLow = test$conf.int[1], ciHigh = test$conf.int[2], variance = var(v) / length(v)
  ))
}
mean_cases <- lapply(names(samples), function(name) single_mean(name, samples[[name]]))
for (level in c(0.9, 0.99)) for (name in c("three", "likert_25", "normal_100")) {
  mean_cases[[length(mean_cases) + 1]] <- single_mean(name, samples[[name]], level)
}

change_in_mean <- function(from_name, to_name, level = 0.95) {
  x <- samples[[from_name]]; y <- samples[[to_name]]
  test <- t.test(y, x, var.equal = FALSE, conf.level = level)
  n1 <- length(x); n2 <- length(y)
  d <- suppressWarnings(cohens_d(y, x, pooled_sd = TRUE))$Cohens_d
  pooled_sd <- sqrt(((n1 - 1) * var(x) + (n2 - 1) * var(y)) / (n1 + n2 - 2))
  stopifnot(isTRUE(all.equal(d, (mean(y) - mean(x)) / pooled_sd, tolerance = 1e-12)))
  j <- 1 - 3 / (4 * (n1 + n2) - 9)
  list(
    from = c(list(name = from_name), aggregate_of(x)), to = c(list(name = to_name), aggregate_of(y)),
    level = level, value = mean(y) - mean(x), ciLow = test$conf.int[1], ciHigh = test$conf.int[2],
    pValue = test$p.value, df = unname(test$parameter), cohensD = d, effectSize = j * d,
    variance = var(x) / n1 + var(y) / n2
  )
}
samples$constant_5 <- rep(3, 5) # one group without spread: Welch still works (df = n - 1 of the other)
mean_pairs <- list(
  c("two", "three"), c("three", "two"), c("likert_small", "likert_25"), c("likert_25", "scores_30"),
  c("scores_30", "scores_1000"), c("scores_1000", "rsk_means_200"), c("normal_10", "normal_100"),
  c("normal_100", "normal_10000"), c("skewed_50", "normal_10"), c("negative_4", "two"),
  c("tiny_spread_40", "likert_small"), c("large_values_60", "normal_10000"), c("one_off_12", "likert_25"),
  c("constant_5", "likert_25"), c("normal_10", "constant_5"), c("rsk_means_200", "rsk_means_200"),
  c("normal_10000", "scores_1000"), c("three", "large_mean_100")
)
mean_change_cases <- lapply(mean_pairs, function(pair) change_in_mean(pair[1], pair[2]))
for (level in c(0.9, 0.99)) for (pair in list(c("two", "three"), c("normal_10", "normal_100"))) {
  mean_change_cases[[length(mean_change_cases) + 1]] <- change_in_mean(pair[1], pair[2], level)
}
write_fixture("means", list(single = mean_cases, change = mean_change_cases),
  "single: t.test(x); change (to minus from): t.test(y, x, var.equal = FALSE), effectsize::cohens_d(y, x) times J = 1 - 3/(4(n1+n2) - 9); n, sum and sumSquares from R's sum(v) and sum(v^2)")

# ---- difference in differences --------------------------------------------------------------

did_fit <- function(values, type, level) {
  data <- do.call(rbind, lapply(names(values), function(cell) data.frame(
    y = values[[cell]],
    wave = as.numeric(cell %in% c("exposedTo", "comparisonTo")),
    group = as.numeric(cell %in% c("exposedFrom", "exposedTo"))
  )))
  fit <- lm(y ~ wave * group, data = data)
  estimate <- unname(coef(fit)["wave:group"])
  se <- sqrt(vcovHC(fit, type = type)["wave:group", "wave:group"])
  z <- qnorm(1 - (1 - level) / 2)
  list(value = estimate, se = se, ciLow = estimate - z * se, ciHigh = estimate + z * se,
    pValue = 2 * pnorm(-abs(estimate / se)))
}

did_proportions <- function(counts, level = 0.95) {
  values <- lapply(counts, function(cell) c(rep(1, cell[1]), rep(0, cell[2] - cell[1])))
  fit <- did_fit(values, "HC0", level)
  p <- sapply(counts, function(cell) cell[1] / cell[2])
  n <- sapply(counts, function(cell) cell[2])
  stopifnot(isTRUE(all.equal(fit$se, sqrt(sum(p * (1 - p) / n)), tolerance = 1e-10)))
  c(list(kind = "proportion", level = level, cells = lapply(counts, function(cell) list(x = cell[1], n = cell[2]))), fit)
}

did_means <- function(values, level = 0.95) {
  fit <- did_fit(values, "HC2", level)
  stopifnot(isTRUE(all.equal(fit$se, sqrt(sum(sapply(values, function(v) var(v) / length(v)))), tolerance = 1e-10)))
  c(list(kind = "mean", level = level, cells = lapply(values, aggregate_of)), fit)
}

cell_names <- function(a, b, c, d) list(exposedFrom = a, exposedTo = b, comparisonFrom = c, comparisonTo = d)
did_cases <- list(
  did_proportions(cell_names(c(60, 100), c(74, 100), c(78, 100), c(81, 100))),
  did_proportions(cell_names(c(120, 400), c(180, 410), c(130, 390), c(140, 400))),
  did_proportions(cell_names(c(30, 50), c(26, 47), c(25, 60), c(40, 55))),
  did_proportions(cell_names(c(0, 30), c(9, 30), c(1, 28), c(2, 31))),
  did_proportions(cell_names(c(5000, 10000), c(5300, 9800), c(4900, 10200), c(5010, 10100))),
  did_proportions(cell_names(c(60, 100), c(74, 100), c(78, 100), c(81, 100)), 0.9),
  did_means(cell_names(samples$likert_25, samples$scores_30, samples$likert_small, samples$normal_10)),
  did_means(cell_names(samples$scores_1000, samples$rsk_means_200, samples$normal_100, samples$skewed_50)),
  did_means(cell_names(sample(0:8, 40, TRUE), sample(0:8, 45, TRUE), sample(0:8, 38, TRUE), sample(0:8, 50, TRUE))),
  did_means(cell_names(samples$two, samples$three, samples$negative_4, samples$one_off_12), 0.99)
)
write_fixture("did", did_cases,
  "interaction of lm(y ~ wave * group) on the respondents' data, SE from sandwich::vcovHC (HC0 proportions, HC2 means), normal interval and p")

# ---- meta-analysis --------------------------------------------------------------------------

pool <- function(name, yi, se, level = 0.95) {
  fit <- rma(yi = yi, vi = se^2, method = "DL", level = level * 100)
  list(
    name = name, level = level, studies = lapply(seq_along(yi), function(i) list(value = yi[i], se = se[i])),
    value = as.numeric(fit$b), ciLow = fit$ci.lb, ciHigh = fit$ci.ub, se = fit$se,
    tau2 = fit$tau2, i2 = fit$I2 / 100, q = fit$QE, pValue = fit$pval, k = fit$k
  )
}

# Campaigns' changes given as intervals, their SE taken as width / (2z) with the standard's z.
from_intervals <- function(name, changes) {
  yi <- sapply(changes, function(ch) ch[1])
  se <- sapply(changes, function(ch) (ch[3] - ch[2]) / (2 * Z_95))
  case <- pool(name, yi, se)
  case$intervals <- lapply(changes, function(ch) list(value = ch[1], ciLow = ch[2], ciHigh = ch[3]))
  case
}

meta_cases <- list(
  pool("two_homogeneous", c(0.10, 0.12), c(0.05, 0.06)),
  pool("two_heterogeneous", c(-0.2, 0.4), c(0.05, 0.04)),
  pool("three", c(0.05, 0.11, 0.02), c(0.03, 0.04, 0.025)),
  pool("five_homogeneous", rnorm(5, 0.1, 0.01), runif(5, 0.05, 0.1)),
  pool("five_heterogeneous", rnorm(5, 0.1, 0.2), runif(5, 0.02, 0.05)),
  pool("ten_mixed_precision", rnorm(10, 0.3, 0.15), c(0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.03, 0.04, 0.15, 0.5)),
  pool("thirty", rnorm(30, -0.05, 0.08), runif(30, 0.02, 0.12)),
  pool("identical_values", c(0.2, 0.2, 0.2), c(0.05, 0.1, 0.07)),
  pool("large_effects", c(12.5, 30.1, 18.7, 25.0), c(2.1, 4.5, 3.3, 1.8)),
  pool("one_study", 0.15, 0.04),
  pool("three_at_90", c(0.05, 0.11, 0.02), c(0.03, 0.04, 0.025), 0.9),
  from_intervals("newcombe_changes", list(
    c(0.2, 0.0524, 0.3339), c(0.1, -0.02, 0.21), c(0.35, 0.2, 0.48), c(0.05, -0.01, 0.11)
  ))
)
write_fixture("meta-analysis", meta_cases, "metafor::rma(yi, vi = se^2, method = \"DL\"); i2 = I2 / 100")

# ---- sample size ----------------------------------------------------------------------------

sample_size <- function(p1, p2, alpha, power, deff, sides) {
  alternative <- if (sides == 2) "two.sided" else "one.sided"
  z_a <- if (alpha == 0.05 && sides == 2) Z_95 else qnorm(1 - alpha / sides)
  z_b <- if (power == 0.8) Z_80 else qnorm(power)
  formula_n <- function(z_a, z_b) {
    pbar <- (p1 + p2) / 2
    (z_a * sqrt(2 * pbar * (1 - pbar)) + z_b * sqrt(p1 * (1 - p1) + p2 * (1 - p2)))^2 / (p2 - p1)^2
  }
  exact_n <- formula_n(qnorm(1 - alpha / sides), qnorm(power))
  solved <- power.prop.test(p1 = p1, p2 = p2, sig.level = alpha, power = power, alternative = alternative, tol = 1e-10)$n
  stopifnot(abs(solved - exact_n) / exact_n < 1e-6)
  unrounded <- deff * formula_n(z_a, z_b)
  list(p1 = p1, p2 = p2, alpha = alpha, power = power, deff = deff, sides = sides,
    n = ceiling(unrounded), unrounded = unrounded, powerPropTestN = solved)
}

size_cases <- list()
pairs <- list(c(0.5, 0.6), c(0.6, 0.5), c(0.1, 0.15), c(0.05, 0.1), c(0.3, 0.4), c(0.2, 0.35),
  c(0.8, 0.9), c(0.9, 0.95), c(0.45, 0.47), c(0.02, 0.01), c(0.01, 0.5), c(0.7, 0.3))
for (pair in pairs) for (design in list(c(0.05, 0.8, 1, 2), c(0.05, 0.8, 1, 1), c(0.01, 0.9, 1, 2), c(0.1, 0.8, 1.5, 2), c(0.05, 0.9, 2.3, 1))) {
  size_cases[[length(size_cases) + 1]] <- sample_size(pair[1], pair[2], design[1], design[2], design[3], design[4])
}
write_fixture("sample-size", size_cases,
  "n = ceiling(deff * formula of docs/standard.md §4.5), z_a = 1.959964 for two-sided 0.05 and z_b = 0.841621 for power 0.8, qnorm otherwise; powerPropTestN = power.prop.test(...)$n (qnorm throughout, deff 1)")
