"""probe17 corpus notes, C15-C20 (wound-care clinic and home-health wound documentation; all invented)."""

C15 = {"patient_id": "C15", "age": 69, "sex": "M", "notes": [
("2023-09-05", "Home Health Wound Visit", """
Cedar Ridge Home Health - SN wound note
69 y/o M; hemodialysis M/W/F; insulin-treated DM2, self injects Toujeo + Novolog into R side of abdomen "every time, that side's easier to see." BMI 30.4. Not on blood thinners.

R abdomen, lateral to umbilicus, in the injection zone:
  firm tender nodule 2.5 cm with central dusky/black crust 0.8 cm
  no drainage, no fluctuance
  periwound faint purplish mottling ~3 cm
  pain 7/10
Pt noticed it about 10 days ago.
Impression (RN): ?injection site abscess vs something more serious. Will ask PCP / wound center.
"""),
("2023-09-12", "Wound Center Consult", """
Wound center consult

69M HD, insulin DM2, BMI 30.4.
R periumbilical nodule with central eschar at the site of his daily insulin injections, first noticed late August.
Size: 28x24x1 mm; 60% eschar; scant exudate; periwound mottled violaceous, indurated; pain 8/10.

A: concerning for early calciphylaxis vs injection-site fat necrosis vs abscess (no fluctuance; US without collection).
P: recommended punch biopsy - pt DECLINES today ("I've had enough needles"). Dressing: foam. Insulin to L thigh for now. RTC 1 wk.
"""),
("2023-10-03", "Home Health Discharge Summary", """
HH Discharge Summary

Reason for discharge: pt elected hospice (withdrawing from dialysis), transfer to Maplewood Hospice 10/3.
R abdominal wound at last visit: 30x25 mm, eschar stable, no infection.
Working diagnosis remained "possible calciphylaxis vs fat necrosis at insulin site"; biopsy never done; no confirmation obtained.
"""),
]}

C16 = {"patient_id": "C16", "age": 57, "sex": "F", "notes": [
("2020-03-03", "Wound Clinic New Patient", """
WOUND CLINIC NEW PT
57F. CKD 3b, eGFR 38, no RRT. No diabetes. Warfarin for antiphospholipid syndrome. BMI 34.0, obese.

History: multilayer compression wraps to the right leg since mid-January for edema; a painful ulcer formed under the wrap on the R medial calf around 2/20.

R medial calf:
  3.1 long / 2.6 wide / 0.3 deep (cm)
  Base 40% black, 40% yellow slough, 20% pale granulation
  Exudate moderate serous
  Periwound: hemosiderin staining + patchy livedoid purple, indurated
  Pain 8/10 - more than expected for venous ulcer
ABI R 1.02.

Differential: venous ulcer with wrap-related pressure vs warfarin-associated non-uremic calciphylaxis vs livedoid vasculopathy. Biopsy recommended - pt undecided, will call back.
Wraps held; elevation; foam dressing.
"""),
("2020-03-24", "Wound Clinic Follow-up (Telephone)", """
Telephone f/u - in-person visit cancelled (clinic closure)
Pt reports R calf ulcer about the same; HH not yet started. Still undecided on biopsy.
Assessment unchanged: r/o calciphylaxis vs venous/pressure ulcer.
Will reschedule in person when clinic reopens.

Addendum 2020-06: unable to reach pt x3; letter sent. No further contact - lost to follow up.
"""),
]}

C17 = {"patient_id": "C17", "age": 76, "sex": "M", "notes": [
("2025-01-14", "Home Health Wound Assessment", """
HH wound assessment
76 y/o M, PD for ESRD (manual exchanges 4x/day), DM2 on glipizide, no insulin. BMI 26.0. Warfarin - none.

L anterior thigh: L3.5 W2.0 cm dark purple-black plaque, dry, very tender (8/10). Noticed right after New Year. Pt spends his days in a recliner with a space heater about two feet from his left side.
Periwound: faint lacy erythema; no drainage.
Photo to chart.
RN concern: burn vs calciphylaxis? Messaged PD nurse + wound clinic.
"""),
("2025-01-21", "Wound Clinic Eval + Biopsy", """
Wound Clinic

76M on PD. L anterior thigh necrotic plaque with surrounding livedo; near space heater exposure.
L4.0 W2.3 D0.1 cm, 95% eschar, no exudate, pain 8/10.
Ddx: calciphylaxis vs thermal injury vs cholesterol emboli.
Punch bx obtained.
Space heater moved across room.
"""),
("2025-02-04", "Pathology Review / Wound Clinic", """
Path (L thigh punch 1/21): necrosis of dermis and upper subcutis; sections examined show no calcified vessels and von Kossa is negative. Nondiagnostic - specimen probably too shallow.

Discussed w/ pt: calciphylaxis cannot be excluded; offered deeper incisional biopsy - pt and family prefer not. Plan: treat conservatively; monitor. PD team to tighten phosphate control just in case.
L thigh today L3.8 W2.2 cm, unchanged.
"""),
]}

C18 = {"patient_id": "C18", "age": 62, "sex": "F", "notes": [
("2019-10-01", "Wound Clinic Initial", """
WOUND CLINIC - NEW

62F on hemodialysis; DM2 requiring insulin; obese, BMI 36.0; warfarin for AF.
Bilateral lower leg ulcers x 3 mo, medial gaiter area, began after she bumped the L shin on a step in June.

L medial lower leg: 6.5cm x 4.0cm x 0.3cm, 50% slough, 50% granulation, heavy exudate
R medial lower leg: 3.0cm x 2.5cm x 0.2cm, 30% slough, 70% granulation, moderate exudate
Periwound: hemosiderin, lipodermatosclerosis, pitting edema 2+, some dusky purple areas
Pain 5/10

Given ESRD + warfarin: ?calciphylaxis. Ddx venous ulcers. Punch bx L leg.
"""),
("2019-10-08", "Dermatopathology Report", """
L medial lower leg, punch:
Stasis changes with dermal hemosiderin, lobular capillary proliferation and ulcer bed granulation tissue. Vessels free of calcium (von Kossa neg) and of thrombi. Findings consistent with venous stasis ulcer. No features of calciphylaxis.
"""),
("2019-10-15", "Wound Clinic Follow-up", """
Wound clinic f/u
Bx reviewed - venous stasis ulceration; calciphylaxis ruled out.
Cardiology has nonetheless changed warfarin to apixaban (pt preference).
Plan: start 2-layer compression (ABI 0.94 R/0.91 L), weekly changes. Alginate to bed.
L 6.1cm x 3.8cm x 0.3cm; R 2.7cm x 2.2cm x 0.2cm.
"""),
]}

C19 = {"patient_id": "C19", "age": 52, "sex": "M", "notes": [
("2024-06-11", "Wound Clinic New Patient", """
Wound clinic - new pt
52M, DM1 since age 14 on MDI insulin, CKD 2 (eGFR 74), not on dialysis. BMI 31.2. No anticoagulants.
FHx: his older brother, a dialysis patient, died of calciphylaxis in 2021; pt very anxious that his foot wound is "the same thing."

L heel, plantar-posterior:
  22x18x4 mm, 70% red granulation, 30% callus rim
  exudate small
  periwound: callus, maceration, no purpura
  pain 1/10 (neuropathy)
Probe to bone negative. Monofilament absent bilat.

Assessment: neuropathic diabetic foot ulcer, L heel (Wagner 1). Reassured - no features of calciphylaxis.
Offloading boot; debrided callus.
"""),
("2024-07-09", "Wound Clinic Follow-up", """
Follow-up L heel DFU: 14x10x2 mm, granulating. Callus pared. Continue offloading. A1c 8.1.
"""),
]}

C20 = {"patient_id": "C20", "age": 45, "sex": "F", "notes": [
("2021-11-16", "Wound Clinic Visit", """
Outpatient wound clinic

45F, ESRD on PD since 2019 (lupus nephritis). No diabetes. BMI 29.5.
Skin tear R forearm after she knocked it on a kitchen drawer 11/12.
  R dorsal forearm: 4.0 by 2.0 cm category 2 skin tear, flap viable ~70%
  exudate scant; periwound bruising; pain 3/10
Flap repositioned, silicone contact layer, tubular retention.

New DVT last week - renal/heme discussing anticoagulation. Pt asked about warfarin and "that skin disease." Counselled: warfarin could raise her risk of calciphylaxis; if she ever develops very painful purple or black skin patches she should call. Heme plans apixaban instead.
"""),
("2021-11-30", "Wound Clinic Follow-up", """
R forearm skin tear healing, 2.5 by 1.0 cm, flap adherent. On apixaban (never started warfarin). Skin elsewhere intact, no purpura. Discharge from clinic in 2 wks if closed.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
