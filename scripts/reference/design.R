# Reference values for the design-based estimates of src/lib/stats/design.ts (docs/standard.md §4b),
# computed by R's survey package and written to tests/unit/lib/stats/fixtures/design.json (committed:
# the tests read it, CI has no R).
#
# Rerun from the repository's root (then Prettier lays the file out as the repository keeps it):
#   Rscript scripts/reference/design.R && npx prettier --write tests/unit/lib/stats/fixtures/design.json
# It needs R with survey and jsonlite; on Debian:
#   apt-get install -y --no-install-recommends r-base-core r-cran-survey r-cran-jsonlite
#
# Three seeded data sets, each written with its rows (psu, stratum, weight, wave, group, known, score)
# so that the tests build their own sums from the same rows:
#   clustered   23 villages in 4 regions (one region of a single village: a lonely PSU, "adjust"),
#               surveyed at baseline and endline, exposed and comparison villages, design weights per
#               village and some respondents with a weight of their own; scores missing for some.
#   panel       people followed from baseline to endline by a panel code (each person their own PSU),
#               some lost at endline, some surveyed once without a code (each response its own PSU).
#   weighted    no clusters, weights only (each response its own PSU, one stratum).
# For each: every wave-and-group domain's proportion (svymean, deff = "replace", svyciprop logit with
# the campaign's df) and mean (svymean, t interval with the campaign's df); each group's change and
# the difference-in-differences (svycontrast on svyby with covmat = TRUE), t(df) interval and p-value.
# Missing values (R's NA or NaN) are written as null.

suppressPackageStartupMessages({
  library(jsonlite)
  library(survey)
})

options(survey.lonely.psu = "adjust")
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20261206)

out_dir <- "tests/unit/lib/stats/fixtures"
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

source("scripts/reference/json.R")

expit <- function(x) 1 / (1 + exp(-x))

# ---- data -----------------------------------------------------------------------------------

clustered_rows <- function() {
  regions <- c(north = 8, south = 8, east = 6, west = 1)
  villages <- data.frame(
    psu = sprintf("V%02d", seq_len(sum(regions))),
    stratum = rep(names(regions), regions),
    stringsAsFactors = FALSE
  )
  villages$group <- rep(c("exposed", "comparison"), length.out = nrow(villages))
  villages$weight <- round(runif(nrow(villages), 5, 25), 2)
  villages$effect <- rnorm(nrow(villages), 0, 0.6)
  rows <- list()
  for (v in seq_len(nrow(villages))) {
    for (wave in c("baseline", "endline")) {
      m <- sample(8:15, 1)
      own <- runif(m) < 0.2
      lift <- if (wave == "endline" && villages$group[v] == "exposed") 0.5 else if (wave == "endline") 0.1 else 0
      known <- rbinom(m, 1, expit(-0.3 + villages$effect[v] + lift))
      score <- pmin(10, pmax(0, round(5 + 2 * villages$effect[v] + 3 * lift + rnorm(m, 0, 2))))
      score[runif(m) < 0.1] <- NA
      rows[[length(rows) + 1]] <- data.frame(
        psu = villages$psu[v], stratum = villages$stratum[v],
        weight = ifelse(own, round(villages$weight[v] * runif(m, 0.7, 1.3), 3), villages$weight[v]),
        wave = wave, group = villages$group[v], known = known, score = score,
        stringsAsFactors = FALSE
      )
    }
  }
  do.call(rbind, rows)
}

panel_rows <- function() {
  people <- 160
  codes <- sprintf("P%03d", seq_len(people))
  group <- rep(c("exposed", "comparison"), length.out = people)
  trait <- rnorm(people, 0, 1)
  base <- data.frame(psu = codes, wave = "baseline", group = group, trait = trait, stringsAsFactors = FALSE)
  kept <- runif(people) < ifelse(group == "exposed", 0.78, 0.86)
  end <- data.frame(psu = codes[kept], wave = "endline", group = group[kept], trait = trait[kept], stringsAsFactors = FALSE)
  once <- data.frame(
    psu = sprintf("R%03d", 1:30), wave = rep(c("baseline", "endline"), 15),
    group = rep(c("exposed", "exposed", "comparison", "comparison"), length.out = 30),
    trait = rnorm(30), stringsAsFactors = FALSE
  )
  rows <- rbind(base, end, once)
  lift <- ifelse(rows$wave == "endline", ifelse(rows$group == "exposed", 0.8, 0.2), 0)
  rows$known <- rbinom(nrow(rows), 1, expit(-0.2 + rows$trait + lift))
  rows$score <- pmin(10, pmax(0, round(5 + 1.5 * rows$trait + 2 * lift + rnorm(nrow(rows), 0, 1))))
  rows$stratum <- "all"
  rows$weight <- 1
  rows[, c("psu", "stratum", "weight", "wave", "group", "known", "score")]
}

weighted_rows <- function() {
  n <- 400
  wave <- rep(c("baseline", "endline"), each = n / 2)
  group <- rep(c("exposed", "comparison"), length.out = n)
  lift <- ifelse(wave == "endline", ifelse(group == "exposed", 0.6, 0.1), 0)
  data.frame(
    psu = sprintf("r%03d", seq_len(n)), stratum = "all",
    weight = round(rlnorm(n, 0, 0.5), 4), wave = wave, group = group,
    known = rbinom(n, 1, expit(-0.4 + lift)),
    score = round(runif(n, 0, 10) + 2 * lift),
    stringsAsFactors = FALSE
  )
}

# ---- estimates ------------------------------------------------------------------------------

DOMAINS <- expand.grid(wave = c("baseline", "endline"), group = c("exposed", "comparison"), stringsAsFactors = FALSE)

estimates_of <- function(rows) {
  rows$domain <- paste(rows$wave, rows$group, sep = ":")
  design <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = rows)
  df <- degf(design)
  t <- qt(0.975, df)
  one_variable <- function(variable, proportion) {
    formula <- as.formula(paste0("~", variable))
    # A missing value is left out of its domain as na.rm would (svyby's covmat does not take na.rm): the
    # response is put in a domain of its own, so it adds 0 to the others' linearised values.
    filled <- update(
      design,
      cell = ifelse(is.na(rows[[variable]]), "missing", domain),
      value = ifelse(is.na(rows[[variable]]), 0, rows[[variable]])
    )
    by <- svyby(~value, ~cell, filled, svymean, deff = "replace", covmat = TRUE)
    domains <- lapply(seq_len(nrow(DOMAINS)), function(i) {
      key <- paste(DOMAINS$wave[i], DOMAINS$group[i], sep = ":")
      inside <- subset(design, domain == key & !is.na(rows[[variable]]))
      value <- coef(by)[key]
      se <- SE(by)[match(key, names(coef(by)))]
      ci <- if (proportion) {
        c(confint(svyciprop(formula, inside, method = "logit", df = df)))
      } else {
        value + c(-1, 1) * t * se
      }
      list(
        wave = DOMAINS$wave[i], group = DOMAINS$group[i],
        n = sum(rows$domain == key & !is.na(rows[[variable]])),
        value = unname(value), se = unname(se), deff = unname(by[key, "DEff.value"]),
        ciLow = unname(ci[1]), ciHigh = unname(ci[2]),
        sd = sqrt(unname(coef(svyvar(formula, inside))))
      )
    })
    names(domains) <- paste(DOMAINS$wave, DOMAINS$group, sep = ":")
    # Effect sizes (docs/standard.md §4.6): Cohen's h of the weighted proportions; Hedges' g of the
    # weighted means with the pooled SD of the two svyvar and J from the unweighted counts.
    effect_size <- function(to, from) {
      a <- domains[[from]]
      b <- domains[[to]]
      if (proportion) return(2 * asin(sqrt(b$value)) - 2 * asin(sqrt(a$value)))
      pooled <- sqrt(((a$n - 1) * a$sd^2 + (b$n - 1) * b$sd^2) / (a$n + b$n - 2))
      (1 - 3 / (4 * (a$n + b$n) - 9)) * (b$value - a$value) / pooled
    }
    contrast <- function(weights) {
      vector <- setNames(rep(0, length(coef(by))), names(coef(by)))
      vector[names(weights)] <- weights
      result <- svycontrast(by, vector)
      value <- unname(coef(result))
      se <- unname(SE(result))
      list(
        value = value, se = se, ciLow = value - t * se, ciHigh = value + t * se,
        pValue = 2 * pt(-abs(value / se), df)
      )
    }
    change <- function(group) {
      weights <- c(1, -1)
      names(weights) <- paste(c("endline", "baseline"), group, sep = ":")
      c(list(group = group), contrast(weights), effectSize = effect_size(names(weights)[1], names(weights)[2]))
    }
    list(
      domains = unname(domains),
      changes = list(change("exposed"), change("comparison")),
      did = contrast(c(
        "endline:exposed" = 1, "baseline:exposed" = -1, "endline:comparison" = -1, "baseline:comparison" = 1
      ))
    )
  }
  list(
    psus = length(unique(rows$psu)), strata = length(unique(rows$stratum)), df = df,
    known = one_variable("known", TRUE),
    score = one_variable("score", FALSE)
  )
}

COLUMNS <- c("psu", "stratum", "weight", "wave", "group", "known", "score")

case_of <- function(name, rows) {
  list(
    name = name,
    columns = COLUMNS,
    rows = lapply(seq_len(nrow(rows)), function(i) lapply(COLUMNS, function(column) rows[[column]][i])),
    expected = estimates_of(rows)
  )
}

cases <- list(
  case_of("clustered", clustered_rows()),
  case_of("panel", panel_rows()),
  case_of("weighted", weighted_rows())
)

body <- list(
  generatedBy = "scripts/reference/design.R",
  r = R.version.string,
  packages = list(survey = as.character(packageVersion("survey"))),
  note = "svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE), lonely PSU adjust; svyby svymean deff replace, svyciprop logit, svycontrast",
  cases = cases
)
text <- toJSON(prepare(body), auto_unbox = TRUE, json_verbatim = TRUE, na = "null", pretty = TRUE)
writeLines(text, file.path(out_dir, "design.json"))
for (case in cases) cat(case$name, ": ", length(case$rows), " rows, df ", case$expected$df, "\n", sep = "")
