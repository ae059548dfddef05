# WALKAWAY_SANITIZE=ON builds everything with ASan + UBSan, and makes UBSan findings fatal so a
# test that trips one fails instead of printing a line nobody reads. float-cast-overflow is not part
# of "undefined" in GCC: a double cast to an integer it does not fit (money from the pay model's
# doubles) would otherwise pass unnoticed.
# WALKAWAY_SANITIZE_LINK_FLAGS is what a program linking the installed (static, instrumented)
# libraries needs too: install.cmake puts it on walkaway::walkaway and in walkaway.pc.
set(WALKAWAY_SANITIZE_LINK_FLAGS "")
if(WALKAWAY_SANITIZE)
  set(WALKAWAY_SANITIZE_LINK_FLAGS -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all)
  add_compile_options(-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(${WALKAWAY_SANITIZE_LINK_FLAGS})
endif()
