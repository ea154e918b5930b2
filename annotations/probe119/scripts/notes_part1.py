"""probe119 corpus notes, C01-C07 (inpatient dermatology consult service; all invented)."""

C01 = {"patient_id": "C01", "age": 63, "sex": "F", "notes": [
("2019-04-10", "Dermatology Consult - Initial", """
INPT DERM CONSULT
Req by: Hospitalist B (Dr Vantreese) | Q: "painful black spot lower belly, ?abscess"
HPI: 63F w ESRD on iHD TuThSa via R brachiocephalic AVF. Also T2DM on insulin, HTN, admitted 4/8 for vol overload after missed tx. Reports a tender knot low on her stomach; she dates it to 3 weeks ago; it went dusky, then its center darkened over the past few days. Pain 9/10, worst when her slacks' elastic rubs it. Afebrile. Has been dabbing bacitracin on it.
Meds (reviewed in MAR): glargine 18u qHS, lispro SSI, sevelamer, cinacalcet, calcitriol. No coumadin ever per pt.
EXAM: Fitzpatrick III. L lower abdomen, approx 4 cm inferolateral to umbilicus -> 5.5x4 cm stellate violaceous indurated plaque; adherent black eschar centrally 1.8 cm, rim of retiform purpura, exquisitely ttp. No fluctuance/drainage/crepitus. Faint livedo on the adjacent pannus. Right abd, thighs, BLE clear.
Photos x3 (overview / close w ruler / oblique) uploaded to Media.
Ht 160 cm, Wt 87.5 kg, BMI 34.2.
A/P: retiform necrotic plaque in HD pt with DM + obesity. High c/f calciphylaxis. DDx nec soft tissue infxn (unlikely clinically), vasculitis, cholesterol emboli.
- 2x4 mm punch at plaque edge done at bedside today (A: H&E + von Kossa; B: tissue cx)
- pls check Ca, Phos, PTH, albumin
- pain regimen per primary; consider palliative input
Will f/u path.
"""),
("2019-04-12", "Dermatopathology Report", """
SPECIMEN A: Skin, L lower abdomen, punch.
CLINICAL HX: r/o calciphylaxis; HD.
MICROSCOPIC: Ischemic necrosis of the epidermis and superficial dermis. In the subcutis several small arterioles carry concentric medial calcium deposits (von Kossa +) plus intimal proliferation; the lumens hold fibrin thrombi. Lobules of fat are necrotic, with adipocyte membranes finely encrusted by calcium. No leukocytoclasia. GMS/PAS/Gram: negative.
DIAGNOSIS: Calciphylaxis (CUA).
Result phoned to derm resident (Dr Quill) 4/12 at 14:10.
"""),
("2019-04-18", "Dermatology Consult Follow-up", """
Derm f/u, pt seen w daughter at bedside.
Path confirms calciphylaxis; reviewed w them. Tissue cx: NGTD.
New hx today: she does her own pen insulin "always on the left, down low, I'm a righty so that pinch is easiest to grab". Started the pen in Nov 2018 and never moved it around. Eschar is dead center in that pinch zone. Daughter: "we figured the needle bruised her".
Skin: L LQ plaque same size, eschar now 2.2 cm, margin erythema settling. No new lesions anywhere.
Imp: biopsy-proven CUA arising in a repeatedly injected site (Koebner-type localisation).
Recs to primary:
1) Renal already starting STS 25 g IV, given each HD run.
2) Insulin to be given in posterior upper arms from now on; nothing further into the abdomen.
3) Dressing: calcium alginate + foam, change q48h; no sharp debridement yet.
4) Avoid tight waistbands.
Derm will see again Mon.
"""),
]}

C02 = {"patient_id": "C02", "age": 77, "sex": "M", "notes": [
("2021-02-03", "Dermatology Consult Note", """
Dermatology - inpatient consult
Primary: Cards step-down, Dr Ibekwe-Mott. Question from team: leg wounds, cellulitis or something else?
77M; ESRD, HD MWF since 2016, pAF on warfarin (INR 2.4 today), HFrEF, admitted w AF/RVR. No diabetes, A1c 5.3.
Hx mostly from wife: sores on "the back side of both his legs" x 2 wks, started out as purple blotches, now black and oozing. He sleeps sitting up in his recliner, electric heating pad wrapped round his calves - "since November, every single night, turned all the way up, he says the cold makes his legs ache".
Exam:
- Bilat posterior calves: symmetric net-like violaceous livedo; superimposed stellate ulcers w black eschar, 3x2 cm R and 4x2.5 cm L. Exquisitely tender.
- Around them, reticulated brown-red hyperpigmentation in a rectangular patch mirroring the pad's footprint (erythema ab igne).
- DP/PT dopplerable bilat. No other skin lesions.
Photo documentation: 4 images, both legs, ruler.
BMI 26.7.
Assessment: painful necrotic ulcers w retiform borders (HD + warfarin) -> favor calciphylaxis; ddx warfarin necrosis (but on it for yrs), arterial ulcers.
Plan/recs: wedge bx L calf ulcer edge tomorrow, heating pad OFF and out of the room, pain control.
"""),
("2021-02-05", "Surgical Pathology - Dermatopathology", """
Skin, left posterior calf, incisional wedge:
- Calciphylaxis: subcutaneous small- and medium-caliber vessels, media calcified, lumens thrombosed; septolobular panniculitis with fat necrosis around them.
- Overlying epidermal ulceration with necrotic debris.
- Stains for microorganisms negative.
Comment: The clinical picture (ESRD, warfarin, retiform necrosis) fits.
"""),
("2021-02-16", "Dermatology Consult Follow-up", """
Derm progress
Bx = calciphylaxis (2/5). Shared w pt and wife; she brought up the heater again, "I told him that thing was too hot". Pt: "Doc, nothing else got me to sleep." Counselled that the heat-damaged skin of both calves is exactly where these ulcers came up.
O/E: bilat calf ulcers, eschar softening at edges on R, L unchanged. Livedo fading a little.
Renal switched warfarin -> apixaban 2/10, STS w HD started. Wound RN following.
Recs: no heating devices at all, incl at home; elevate legs; alginate + ABD pad; gabapentin 100 mg post-HD per renal.
Signing off inpatient; clinic f/u 3 wks.
"""),
]}

C03 = {"patient_id": "C03", "age": 58, "sex": "F", "notes": [
("2022-09-06", "Dermatology Inpatient Consultation", """
DERM CONSULT
Requesting svc: Ortho (Dr Amankwah) - "skin breakdown under brace"
58 yo woman, ESRD (IgA nephropathy) on CCPD (nightly cycler), T2DM - linagliptin, never insulin, hypothyroid. Fell getting off a bus 8/9/22 -> nondisplaced R patella fx; ortho fitted a hinged knee immobilizer same day, straps cinched snug, worn 24/7 per ortho.
On Friday 9/2, when her sister unstrapped the brace to sponge-bathe her, she saw a purple, hard, tender patch where the top strap goes. It's grown since and the center went black. Pain "like a burn that just keeps going".
EXAM: R distal lateral thigh, exactly under the proximal Velcro strap, ~10 cm above the patella: 6x3 cm horizontally oriented, firm violaceous plaque bearing a jagged dark eschar (1.5 cm) and retiform purpuric edge. A faint band of post-inflammatory hyperpigmentation continues around the thigh along the strap line. Knee itself: healing abrasion, no purpura. L leg clear. PD catheter exit site clean.
Ht 165 cm Wt 77.3 kg, BMI 28.4.
Imp: strap-line retiform necrosis in a PD pt -> calciphylaxis highly suspected.
Recs: punch x2 at margin (done), pad the strap / ask ortho re: alternative brace, labs (Ca, PO4, PTH).
"""),
("2022-09-07", "Clinical Photography Log", """
Medical photography - derm request
Pt ID verified x2. Area: R lateral thigh, distal third.
Series: 1) full limb w brace on 2) brace off, strap marks visible 3) lesion close-up w scale 4) oblique raking light.
Comments from photographer: lesion edges match upper edge of the brace strap; pt in significant pain during positioning, RN premedicated.
"""),
("2022-09-08", "Dermatopathology Report", """
R thigh, punch biopsies x2:
Subcutaneous arterioles with circumferential calcification of the media (confirmed on von Kossa) and organizing thrombi; adjacent fat necrosis. Mild perivascular lymphocytic infiltrate; no vasculitis.
DX: consistent with calciphylaxis.
"""),
("2022-09-20", "Dermatology Consult Follow-up", """
Derm f/u day 14 of consult
Ortho swapped the immobilizer for a cylinder cast w window 9/9; no strap contact since. Plaque has stopped enlarging. Eschar demarcated, 1.7 cm. Peri-lesional purpura receding.
PD team: increased exchanges, switched calcium-based binder to sevelamer; IV STS 3x/wk.
Pt asks whether it will "come back where the brace was" - explained that pressure on the skin can set these off in people with her kidney disease, which is the most likely reason it appeared under the strap.
Recs: continue dressing plan, no compression to either leg, derm clinic 4 wks.
"""),
]}

C04 = {"patient_id": "C04", "age": 70, "sex": "M", "notes": [
("2020-10-05", "Dermatology Consult Note", """
Inpatient derm consult | requesting: Transplant Nephrology
CC: "lumps along my scar"
70M, ESRD, dialyzed through a L forearm loop graft; R radical nephrectomy for RCC on 03/18/2020 at an outside hospital, wound healed without issue per pt. Hx DVT 2017 treated with coumadin, stopped early 2019, none since. No diabetes.
Tells me that sometime in September he started getting "hard sore spots right along the cut". They've darkened in the last week. Pain keeps him up.
SKIN: Along the well-healed oblique R flank incision (approx 18 cm), three firm, tender violaceous plaques strung like beads along the scar, largest 3x2.5 cm with central grey-black necrosis; livedo around the middle one. Nothing off the scar. Back, abdomen, legs w/o lesions.
BMI 24.1 at 71 kg.
A - firm necrotic plaques confined to a surgical scar in HD pt. Suspect calciphylaxis; ddx scar sarcoid, metastatic RCC to skin, infection.
P: 5 mm punch of largest plaque (done, 2 specimens), CT chest/abd already ordered by primary.
"""),
("2020-10-07", "Pathology Addendum", """
Addendum - right flank skin punch
Final: small vessel medial calcification with intraluminal thrombi and surrounding necrosis of the subcutaneous fat (von Kossa +). No granulomas. Cytokeratin/PAX8 immunostains negative, no carcinoma.
Final diagnosis: calciphylaxis.
"""),
("2020-10-30", "Dermatology Consult Follow-up", """
Readmitted (HD access clot). Derm asked to re-see.
Known biopsy-proven calciphylaxis confined to his R flank nephrectomy scar, onset Sept 2020, ~6 mo after surgery.
Today: 2 of 3 plaques now flat dusky, largest w dry eschar 2 cm, no infection. No new sites.
On STS post-HD since 10/9. Phos 5.1.
Recs: keep eschar dry, no debridement for now, avoid adhesive dressings on the scar line, pain per palliative.
"""),
]}

C05 = {"patient_id": "C05", "age": 66, "sex": "F", "notes": [
("2025-01-13", "Dermatology Consult - Initial", """
Derm consult (inpt), requested by Gen Med Team 3
Reason: "black wound L hip, r/o infected hematoma"
66F - ESRD, dialyzes MWF through L forearm AVF; T2DM, insulin (degludec + aspart with meals), morbid obesity, admitted with hyperK.
Hx per pt: slipped on the bathroom floor Christmas Eve, came down on her left side against the tub edge - "took the skin off my hip, just a scrape". Scabbed and healed; then 10 days ago that very spot got hard, purple and hurt way out of proportion; now black in the middle.
Exam: L lateral hip, the bony point of the trochanter: 7x5 cm indurated purpuric plaque w retiform border and central 2 cm black eschar; a faint linear scar from the old abrasion runs through its upper half. Tender++. Not fluctuant. Abd, thighs, buttocks clear.
Photos in chart.
BMI 33.0.
Assessment: ?calciphylaxis at site of recent abrasion vs infected hematoma (no fluctuance, no warmth).
Recs: punch bx x2, US of hip soft tissue, wound cx if drainage.
"""),
("2025-01-15", "Dermatopathology Report", """
Left lateral hip, punch:
Extensive dermal and subcutaneous necrosis. Calcium within walls of little subcutaneous vessels, also interstitial, with luminal thrombi; von Kossa confirms.
DIAGNOSIS: Calciphylaxis.
No organisms on special stains. Clinical correlation w/ derm: bx site at lateral hip where pt fell 12/24/2024.
"""),
("2025-01-27", "Dermatology Consult Follow-up", """
Derm re-consult, pt back on the floor after HD
Path-proven calciphylaxis of L hip (fall/abrasion site). US 1/14: no collection.
Plaque a bit smaller, eschar firm and dry. Pt reports pain 6/10 now, down from 10.
Wt trending down w UF, BMI today 31.7.
Insulin: pt asks where she should inject - advised upper arms, rotating, not into fatty areas of hips/thighs.
Recs: STS w HD (renal ordering), hydrocolloid, offload L side - turn q2h, keep her off that hip in bed. Derm will follow peripherally.
"""),
]}

C06 = {"patient_id": "C06", "age": 71, "sex": "M", "notes": [
("2023-10-17", "Dermatology Consult Note", """
DERMATOLOGY CONSULTATION
Requested by: MICU step-down (Dr Harnois) for "dark painful areas on arms"
71M ESRD, HD TTS by way of a R IJ tunneled line, diet-controlled DM2, hx LLE DVT on warfarin at home - held since admission 10/2/23 for melena; getting subq heparin 5000 u q8h as VTE ppx since then. Per MAR and RN, the subq heparin doses have been given into the posterior aspect of his upper arms (belly avoided d/t prior hernia repair mesh).
RN first spotted a tender purple patch on R posterior upper arm 10/14; a 2nd one showed up on the L posterior upper arm 10/15.
EXAM: Bilateral posterior upper arms, mid third: R 4x3 cm, L 3x2.5 cm firm violaceous plaques with retiform margins, R with early central dusky necrosis. Multiple pinpoint needle marks within and around both. Markedly tender. No lesions elsewhere.
Ht 175 cm, Wt 91.5 kg; calc BMI 29.9 -> overweight; team has him tagged as not obese.
Imp: retiform purpura at subq heparin injection sites in HD pt - ddx calciphylaxis; HIT-associated skin necrosis; injection-site hematoma.
Recs: HIT Ab, stop subq heparin -> SCDs for ppx; punch bx R arm.
"""),
("2023-10-19", "Dermatopathology Report", """
Skin, R posterior upper arm, punch biopsy.
Subcutaneous arterioles calcified (von Kossa highlights), thrombosed, fat necrosis nearby. No fibrin thrombi in dermal capillaries without calcification; no neutrophilic vasculitis.
Diagnosis: Calciphylaxis.
Note: HIT antibody (per chart) negative.
"""),
("2023-10-24", "Dermatology Consult Follow-up", """
Derm f/u. Bx c/w calciphylaxis; HIT neg. Dx discussed w pt and son. Son: "so the shots in his arms did this?" - explained that needle trauma can localise the disease in at-risk pts; both arms involved where the heparin went in since 10/2.
Both plaques stable, R eschar 1.2 cm, L no ulceration yet.
Warfarin will not be resumed per renal/heme; apixaban instead.
Recs: no further injections into upper arms; STS w HD; pain ctrl.
"""),
]}

C07 = {"patient_id": "C07", "age": 54, "sex": "F", "notes": [
("2024-08-20", "Dermatology Consult Note", """
Inpt Derm C/S - Ortho/hospitalist co-managed
RFC: nonhealing "burn" over knee
54F, morbid obesity (BMI 41.5), primary hyperparathyroidism awaiting surgery, AF on warfarin x 4 yrs, alcohol-related cirrhosis (Child B). Renal fx normal, Cr 0.8, no dialysis, not diabetic.
Pt says she has put a gel ice pack on her sore arthritic knee "pretty much every evening since this past spring". Two months ago the skin over the kneecap went purple and lumpy and she figured she had frostbitten it; then it broke down.
EXAM: Anterior knee, centered over patella: 5x4 cm ulcer w thick black eschar, surrounding stellate violaceous purpura and livedo extending 3 cm. Firm indurated edges. Very painful. Other knee/legs: no lesions. Mild stasis changes of both shins.
Photos taken.
Assessment: necrotic ulcer at chronic ice application site. DDx: non-uremic calciphylaxis (warfarin, hyperPTH, obesity, liver dz), cold injury, warfarin necrosis.
Plan: deep incisional bx, Ca/PTH/albumin, protein C/S.
"""),
("2024-08-22", "Dermatopathology Report", """
Skin and subcutis, anterior knee, incisional biopsy:
Small arterioles in the subcutis: medial calcification, intimal hyperplasia, thrombosis; extensive fat necrosis with calcium deposits.
DIAGNOSIS: Calciphylaxis (non-uremic), in the appropriate clinical setting.
"""),
("2024-09-10", "Dermatology Consult Follow-up", """
Derm re-eval at request of ortho before discharge to SNF.
Non-uremic calciphylaxis of the knee, bx-proven. Lesion appeared where she's been icing since spring. Pt in tears: "I was only trying to help the pain."
Eschar intact, no purulence. Slight extension of livedo inferiorly.
Warfarin -> apixaban per cards (9/2). Endocrine plans parathyroidectomy next month.
Recs: NO ice or heat on any part of the body, STS 25 g IV TIW, wound care per SNF.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
