"""probe187 corpus notes, A15-A20 (anaemia clinic and the notes around it; all invented)."""

A15 = {"patient_id": "A15", "age": 70, "sex": "F", "notes": [
("2018-11-13", "Anaemia Clinic Review", """
ANAEMIA CLINIC

70F, kidneys at stage 4 (eGFR 19), not dialysing; still weighing up conservative care
versus PD. Not diabetic. No warfarin. Hypothyroid, OA hands.

Darbepoetin 30mcg SC monthly since July 2018, given by our RNs into her
L upper arm at the back - her preference, being right-handed.
Hb up to 10.2 (from 8.4). Ferritin 190, TSAT 21%.
BP 138/76. Weighed 82kg; BMI 31.0.
Phos 5.9, Ca 9.4, PTH 310.

Plan: same dose; renal dietitian re phosphate binders and dairy; review
in 3 months; flu vaccine already given by GP.
"""),
("2019-02-12", "Anaemia Clinic Review", """
Anaemia clinic f/u

Pt reports a painful hard lump at the L posterior upper arm injection site
x 3 wks, with some dusky mottling over it.
O/E: tender subcutaneous nodule 2.5cm, L posterior upper arm; faint
violaceous livedo extending 5cm; no ulcer, not warm.
BP 142/80, T 36.7. BMI 31.0.
Hb 10.5. Phos 6.1.

Impression: could be an injection-site panniculitis, but with that phosphate
early calciphylaxis stays on my list. Derm referral sent.
Today's darbepoetin given into the R upper arm instead.
"""),
("2019-03-05", "Dermatology Consult", """
Dermatology

L posterior upper arm: firm, tender, ill-defined subcutaneous nodule
3cm with faint livedo; skin intact, no purpura, no necrosis.

Differential: lobular panniculitis at a repeated injection site vs early
calciphylaxis (CKD 4, phosphate 6.1). Possibly calciphylaxis; only a deep
wedge (incisional) biopsy would settle it.

Offered biopsy today - she declines; she moves to her son's place in Oregon
next week and would rather have it done there. Letter with photos given,
advice on avoiding further injections into that arm.
Care transferred out of area.
"""),
]}

A16 = {"patient_id": "A16", "age": 73, "sex": "M", "notes": [
("2025-03-04", "Infusion Nursing Note", """
INFUSION SUITE - Iron sucrose 200 mg IV, 1 of 5 (weekly)

73M, PD, T2DM on insulin glargine. On warfarin (AF); Friday's INR 2.6.

Difficult access: per the unit's difficult-cannulation protocol a warm
pack (heated to 40 C) wrapped around the R forearm for 10 min before
cannulation. 22G R volar forearm, 1st attempt.
Infused over 15 min, no reaction. Obs 30 min. BP 132/70, HR 76.
Cannula out, pressure 5 min (warfarin).
Same approach planned for the remaining doses.
Wife drove; both happy with the plan. Hb 9.4, ferritin 61.
"""),
("2025-04-01", "Infusion Nursing Note", """
INFUSION SUITE - Iron sucrose 200 mg IV, dose 5 of 5

Warm pack again to R forearm x 10 min; cannula 22G R volar forearm.
No reaction.

Pt pointed out a lacy, tender, purple area on his inner R forearm, just
where the warm packs have been going each week. Looks: 4cm reticulate
violaceous patch, R volar forearm, slightly firm, no blister, no break.
BP 128/72, T 36.6.
Dr Ekwueme asked to review before he leaves - seen, photographed, booked
into her clinic next Tuesday. Pt told to leave it uncovered and to call
if it blisters.
"""),
("2025-04-08", "Anaemia Clinic Review", """
Anaemia clinic - Dr Ekwueme

R volar forearm: 4.5cm plaque, violaceous and tender, livedo around it,
firm, no necrosis. Venous Doppler 4/3: no superficial or deep thrombus.

Differential: heat-related reticulate erythema, resolving phlebitis, or
early calciphylaxis (PD, warfarin, diabetes) - concern for calciphylaxis
remains. Biopsy offered; pt prefers to wait 2 weeks.
No more warm packs; cannulate elsewhere if more iron needed.
Hb 11.2, ferritin 410 - iron course complete. BMI 28.0.
Photos taken and compared with last week's: slightly larger.
Review in 2 weeks, derm if not improving; PD unit and GP informed.
Safety-net: return sooner for blistering, black areas or fever.
"""),
]}

A17 = {"patient_id": "A17", "age": 81, "sex": "F", "notes": [
("2018-01-23", "Infusion Nursing Note", """
Infusion suite - iron sucrose 100 mg IV

81F, ESRD managed conservatively (chose not to dialyse), eGFR 8.
Warfarin for AF, INR 2.1 this morning. Not diabetic.

22G cannula L dorsal hand, secured with adhesive film and tape.
Infusion uneventful, obs 30 min.
When the tape came off, the skin over the back of her L hand tore - 2.5cm
flap, edges repositioned, steri-strips across, non-adherent dressing.
Very fragile, papery skin noted. BP 118/64.
Daughter asked to keep it dry; district nurse to check in 3 days.
Apologised to pt and daughter; incident form completed.
"""),
("2018-02-06", "District Nursing Note", """
DN visit - home

L dorsal hand skin tear (from the infusion clinic on 1/23) reviewed.
Flap has not taken. Now dry black eschar roughly 3x2.5cm, its margin a
purple lacework that has crept onto the back of the wrist. Very painful -
she winces when it is touched. No pus, no smell. T 36.5.
Dressing: gentle silicone contact layer, bandage loosely.
Discussed with her GP by phone; GP will let the anaemia clinic know and
asked that she be seen there next week. Daughter present, understands.
"""),
("2018-02-13", "Anaemia Clinic Review", """
Anaemia clinic

L dorsal hand: 3.5x3cm eschar, retiform purpura around it, at the site of
the January skin tear.
Differential: non-healing skin tear on warfarin vs calciphylaxis (ESRD,
warfarin) - cannot exclude calciphylaxis. Biopsy discussed; she and her
daughter decline any further procedures.
Entering hospice care next week; comfort focus.
Warfarin stopped today with family agreement (falls, poor intake, skin).
Iron: no further doses. Hb 9.9.
Wt 51kg, BMI 22.5.
Hospice team given a copy of this letter; dressing plan stays with the
district nurses (silicone contact layer, loose bandage). Pain: oral
morphine solution prn, small doses, as advised by the palliative team.
"""),
]}

A18 = {"patient_id": "A18", "age": 61, "sex": "M", "notes": [
("2022-09-13", "Anaemia Clinic Review", """
ANAEMIA CLINIC

61M, haemodialysis thrice weekly through his L AVF. Type 2
diabetic, takes linagliptin (insulin never needed). Anticoagulants: none.
Seen for ESA review.

New: purple spots on his shins, both legs, for a week; painful and itchy.
Finished a course of cefalexin 10 days ago for a toe paronychia.
O/E: both lower legs, many 2-8mm palpable purpuric papules, coalescing
on the R shin into a 3cm plaque with a dusky centre. No eschar.
BP 142/78, T 37.2. Wt 80kg, BMI 25.9.

Impression: r/o calciphylaxis vs vasculitis.
Plan: derm biopsy this week; hold off on iron today.
"""),
("2022-09-27", "Dermatology Consult", """
DERMATOLOGY

Punch biopsy 9/15 from R shin: leukocytoclastic vasculitis involving the
superficial dermal vessels; DIF negative for IgA. On the von Kossa
stain no vessel is calcified; subcutaneous vessels free of thrombus.

Diagnosis: cutaneous small-vessel vasculitis, probably cefalexin-related.
Calciphylaxis excluded.

Lesions fading on both shins, no new crops, no joint pain, urine dip
unhelpful (anuric). Plan: emollient, topical steroid, avoid cefalexin
(allergy list updated). No follow-up needed with us; HD team copied.
Pt relieved; he had been told in the HD unit it might be calciphylaxis and
had read about it online. Explained the biopsy clearly shows otherwise.
"""),
]}

A19 = {"patient_id": "A19", "age": 45, "sex": "F", "notes": [
("2020-07-14", "Anaemia Clinic New Patient", """
IRON DEFICIENCY CLINIC - new

45F, coeliac disease, iron deficiency anaemia (Hb 9.4, ferritin 5), CKD 3a
(eGFR 52; reflux nephropathy as a child). Not diabetic. No warfarin ever.
BMI 23.0.

FHx: her sister, on haemodialysis, died of calciphylaxis in 2020 ("the skin
on her legs went black"). She is scared she is heading the same way.

Skin: full check - no lesions, no livedo.
Plan: ferric derisomaltose 1000mg IV today via L hand cannula, no
reaction. Reassurance given: at an eGFR of 52 she is years off any dialysis.
"""),
("2020-10-13", "Anaemia Clinic Review", """
Iron clinic f/u

Hb 12.6, ferritin 140. Feels well, more energy, back to swimming twice a
week; gluten-free diet going better with the dietitian's help.
eGFR 54, stable. Urine ACR normal.
Skin: normal all over, no lesions. The sister's illness came up once more;
we went through why her own situation is different (no dialysis, normal
phosphate, no warfarin).
BMI 23.2. No medication changes; ferrous tablets not needed.

Discharge to GP with annual iron studies and coeliac serology.
Copy to renal (Dr Sandhu) and to gastro.
"""),
]}

A20 = {"patient_id": "A20", "age": 50, "sex": "M", "notes": [
("2021-02-09", "Anaemia Clinic Review", """
ANAEMIA CLINIC

50M, PD since 2020. Mechanical aortic valve; warfarin, INR target 3.
T2DM, diet-controlled. BMI 34.0 (obese).

Epoetin beta 3,000 u SC weekly since Christmas, given by his wife into
the abdomen, rotating quadrants. Hb 10.7.

He read about calciphylaxis in the PD newsletter and asked about it.
Counselled: PD, warfarin and a high phosphate all add to calciphylaxis risk;
keep phosphate down; no heating pads on his tummy; tell us about any painful
purple patch. Skin exam: intact, no livedo.
"""),
("2021-05-11", "Anaemia Clinic Review", """
Anaemia clinic f/u

Hb 11.3 on epoetin beta SC weekly. Ferritin 330, TSAT 27%.
Skin check at the injection sites and on both legs: all normal, no nodules
or purpura anywhere.
BP 136/80, BMI 33.8. Phosphate 5.2, better since the binder change.
Still anxious about calciphylaxis after our last chat - reassured again,
and given the unit's leaflet.
Continue epoetin beta at the same dose; wife happy to carry on giving it.
Review in 3 months with FBC and iron studies.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
