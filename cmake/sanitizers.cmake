# WALKAWAY_SANITIZE=ON builds everything with ASan + UBSan, and makes UBSan findings fatal so a
# test that trips one fails instead of printing a line nobody reads.
if(WALKAWAY_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
