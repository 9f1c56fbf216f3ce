# Numbers for the JSON fixtures of scripts/reference/*.R: each written with the fewest significant digits
# (15 to 17) that read back as the same double; R's NA as null.

exact_text <- function(x) {
  for (digits in 15:16) {
    text <- sprintf(paste0("%.", digits, "g"), x)
    if (as.numeric(text) == x) return(text)
  }
  sprintf("%.17g", x)
}

prepare <- function(x) {
  if (is.list(x)) return(lapply(x, prepare))
  if (is.character(x) || is.logical(x) && !is.na(x)) return(x)
  if (length(x) != 1) stop("scalars only")
  if (is.na(x)) return(NA)
  if (is.infinite(x)) stop("infinite value")
  structure(exact_text(x), class = "json")
}
