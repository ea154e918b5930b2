"""probe216 corpus notes, F08-F14 (renal dietitian / nutrition notes and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 63, "sex": "F", "notes": [
("2023-01-05", "PD Dietitian Monthly Note", """
PD CLINIC - RENAL DIETITIAN (Fernbrook Home Therapies)
63 F, ESRD (diabetic nephropathy), CCPD nightly since 2021. T2DM: degludec 22 u q AM,
injects in her abdomen.
Ht 1.63m | wt (drained) 79.7kg | BMI 30.0 | PET high-average.
Lab 12/29 -> alb 3.3, K 3.4 L, PO4 5.9, A1c 7.6, iPTH 420, Ca 9.4; clearance OK (wk Kt/V 1.9 vs goal 1.7).
Appetite down, feels full w/ the day dwell; drinking 2 Nepro/d.
Side note: she dropped a whole case of Nepro on her L foot on Christmas Eve while unloading
groceries - big bruise on the dorsum of that foot, walking fine now.
Dx: Inadequate protein intake r/t early satiety from dwell volume AEB alb 3.3.
Plan: protein 1.2-1.3 g/kg, 6 mini-meals, eggs/Greek yogurt, higher-K choices ok while K
runs low; calcium acetate 667mg 2 w/ meals unchanged. Recheck in 4 wks.
"""),
("2023-02-07", "Podiatry Note", """
PODIATRY - DM foot recheck
63F (PD), DM2. New wound L dorsal foot, over met heads 2-3 area; began mid-January as a
"hard purple lump" per pt, then blackened.
Exam: dry black eschar 2.1x1.8cm, violaceous lacy halo ~3cm, very TTP; no probe-to-bone.
DP/PT palpable both feet, monofilament 8/10. Toes warm, CFT brisk.
Nails x10 trimmed/debrided (routine care), no bleeding.
XR L foot: no osteo changes; digital arteries calcified.
A/P: atypical painful necrosis L dorsum - wrong place for a neuropathic ulcer. ?calciphylaxis vs
embolic. Derm referral for bx. Off-loading surgical shoe. RTC 3 wks.
"""),
("2023-02-15", "Dermatology Note", """
Dermatology
63F on PD, sent for the L dorsal foot eschar (since mid-Jan).
Bx 2/10 (4mm punch at rim): calcium in subcutaneous small-vessel walls plus thrombi; VK +.
Reads as calciphylaxis.
Today: L dorsum eschar 2.3x2.0cm, livedo creeping toward the ankle. R foot, both legs and the
abdomen - nothing.
Assessment: calciphylaxis, L foot.
Plan: IV thiosulfate 3x/wk in the nephrology infusion chair; calcium acetate off ->
sucroferric oxyhydroxide chew 500mg w/ meals (RD to teach); betadine paint daily so the eschar
stays dry, no debridement. BMI 30.0 per PD clinic.
"""),
]}

F09 = {"patient_id": "F09", "age": 58, "sex": "M", "notes": [
("2018-08-21", "HD Dietitian Annual Assessment", """
RD ANNUAL COMPREHENSIVE ASSESSMENT - Tues/Thurs/Sat
58 M, ESRD from DM/HTN, HD since 2014. T2DM on NPH 30 u BID; he injects only into his L thigh
("the right one is my lazy side" - R leg weaker since an old stroke). Offered site rotation
teaching again, declined.
Ht 5'10" (177.8cm), post wt 115.0kg, BMI 36.4.
Lab 8/14 -> alb 3.9, PO4 5.4, K 5.1, iPTH 333, Ca 9.1, A1c 7.9.
Diet: 3 meals, very large supper, lots of bread; takes sevelamer most days.
Nutrition dx: Obesity (BMI 36.4) r/t excess energy intake AEB wt trend +3kg/yr.
Plan: portion plate, swap 1 bread serving for vegetables, walking with PT, diabetes educator
re-referral. F/u 3 months.
"""),
("2018-10-02", "Dermatology Consult", """
Derm consult - referred from the HD unit
58M on HD. Sore R thigh since early September; can't think of any injury.
Exam: R inner thigh - indurated plaque 7x5cm, retiform purpura, 2cm eschar in the middle; TTP.
L thigh (where he does his insulin): a few soft lipohypertrophic bumps, no purpura, nontender.
Abd, buttocks, calves: nothing.
Punch from the R inner thigh today.
Impression: suspect calciphylaxis. Worth noting: wrong leg for his injections (he only uses
the L), so I would not blame the needle here.
Plan: await path, foam dressing, analgesia per nephrology.
"""),
("2018-10-16", "Nephrology Note", """
NEPHROLOGY - HD rounds
Path (10/2 punch): calcified small arterioles + thrombi in subcut fat, R thigh = calciphylaxis.
Pt + wife told chairside.
Vitals: BP 140/76, post wt 114.2kg, BMI 36.1.
Lab: alb 3.7 | iPTH 410 | PO4 5.8 | Ca 9.3
Plan:
#1 Na thiosulfate 25g IV on Tu/Th/Sa with dialysis.
#2 Cinacalcet 30 mg daily; no calcitriol.
#3 Binder: sevelamer 1600mg w/ meals, RD to reinforce.
#4 Wound care per wound clinic; R thigh only.
#5 DM: continue NPH (L thigh), BG pre-HD.
"""),
]}

F10 = {"patient_id": "F10", "age": 70, "sex": "F", "notes": [
("2018-09-18", "PD Dietitian Monthly Note", """
PD - RD monthly
70 F, ESRD (DKD), CAPD 4 exchanges/d, icodextrin for the long dwell. T2DM on glargine 12 u +
correction scale; injects into her upper abdomen, away from the catheter.
Wt 64.3kg (drained), Ht 157cm, BMI 26.1.
Lab 9/12 -> alb 3.4, K 3.8, PO4 4.9, iPTH 280, Ca 9.0, A1c 6.4.
Hypoglycemia: 3 lows (50s) last month, usually when she skips lunch. Reminded her to use a
glucose-oxidase meter only (icodextrin can read falsely high on other meters).
Skin intact per PD RN check.
Dx: Inconsistent carbohydrate intake AEB hypoglycemia episodes.
Plan: 3 meals + bedtime snack, 30-45g carb per meal, keep glucose tabs in her purse; ask NP to
review the glargine dose.
"""),
("2018-11-06", "Dermatology Consult", """
DERMATOLOGY CONSULT
70F on PD; L back-of-calf lesion since early October - first a tender bluish patch, open now.
Exam: ulcer 4x3cm, L posterior calf, black eschar, stellate violaceous edge, firm surrounding
skin. R calf + thighs clear. Pulses palpable.
Bx 30-Oct-2018 (punch, edge): calcified subcut arterioles w/ thrombosis; VK stain +.
Dx: calciphylaxis, L calf.
Plan: thiosulfate via nephrology, foam dressing (no hydrocolloid), no compression. Talked
about fall precautions - the leg is painful and she is unsteady. RD pinged re higher protein
needs while the ulcer heals.
"""),
("2018-12-18", "Emergency Department Note", """
ED PROVIDER NOTE
70F, PD pt with known L-calf calciphylaxis, BIBA for confusion. EMS fingerstick 38 -> D50,
now alert. Has eaten little since the weekend.
Also reports she fell in the bathroom 4 days ago during another low sugar and her L posterior calf
slammed into the tub's edge; big bruise around the dressed ulcer since then.
Exam: L posterior calf: ecchymosis 10x8cm surrounding the known eschar-covered ulcer (now
~5x4cm). Tib/fib XR: no fx.
BG 146 after a meal tray.
Dx: hypoglycemia (insulin + poor intake), mechanical fall w/ L calf contusion.
Plan: glargine down to 6 u, home with daughter, PD unit + RD to see this week.
"""),
("2019-01-08", "PD Dietitian Follow-up", """
RD f/u - after ED visit for hypoglycemia (12/18)
Glargine now 6 u; no lows since. Daughter shops and preps lunches.
Wt 63.2kg, BMI 25.6.
Lab 1/3 -> alb 3.2, PO4 4.6, K 3.9, Ca 8.9.
Calciphylaxis L calf on STS; healing slowly, bruise fading.
Intake ~1300 kcal/d, 50g protein; target 76g (1.2/kg). Added 1 Nepro daily + egg at breakfast.
Binder: sevelamer 800mg w/ meals, no calcium-based binder.
Plan: re-weigh monthly, 3-day food diary, coordinate with the PD RN on glucose log.
"""),
]}

F11 = {"patient_id": "F11", "age": 64, "sex": "F", "notes": [
("2017-02-21", "Nephrology Note", """
NEPHROLOGY HD ROUNDS (Mon/Wed/Fri, midday chairs)
64F, ESRD (DM), HD since 2013. T2DM on detemir + lispro; injects into her abdomen.
S: sore hard area back of R thigh x 2 wks; keeps her awake at night.
O: R posterior thigh - hard violaceous plaque 5x4cm, dusky 1cm centre, livedo at margin.
Not warm, not fluctuant.
Lab: alb 3.6 | iPTH 860 | cCa 9.9 | PO4 6.9
A/P: New painful retiform plaque - concern for calciphylaxis. Derm punch this wk. Ca acetate
off, sevelamer on; cinacalcet 30. RD to reinforce the phos diet.
Post wt 84.1kg -> BMI 31.5.
"""),
("2017-03-07", "Wound Clinic Note", """
WOUND CLINIC
Dx: calciphylaxis R posterior thigh, derm bx 2/24: calcified subcut arterioles w/ thrombi.
Pt notes the biopsy hole has merged into the ulcer.
Wound: R posterior thigh 6.0x4.2x0.4cm; ~60 eschar/40 slough; violaceous periwound.
Procedure: topical lidocaine 10 min, then curette to lift loose slough (selective sharp
debridement); central eschar left. Bleeding minimal, held pressure 2 min.
Dressing: Ca alginate, bordered foam on top; HD nurses swap it thrice weekly.
Plan: NPWT (wound vac) once slough clears; STS per nephrology. Nutrition consult for wound healing.
Dressing changes hurt (7/10) - premedicate.
"""),
("2017-03-28", "HD Dietitian Note - Wound Healing", """
RD note - wound healing referral
Calciphylaxis R posterior thigh, vac started 3/21.
Wt post 82.8kg, Ht 1.635m, BMI 31.0. Down 1.3kg in a month.
Lab 3/22 -> alb 3.3, PO4 5.5, K 5.0, iPTH 610, Ca 9.2, A1c 8.0.
Protein target ~100-120 g/d (1.2-1.5/kg); eating about 70g now.
I: Nepro BID on non-HD days, 1 at HD; egg whites at breakfast; zinc 50mg x 14 d; vit C kept at
renal MVI dose only (oxalate). Insulin sites on her abdomen reviewed - no lumps.
Binder: sevelamer 1600mg w/ meals, taking it.
M/E: alb, wt, wound measurements in 4 wks.
"""),
]}

F12 = {"patient_id": "F12", "age": 59, "sex": "M", "notes": [
("2020-09-15", "HD Dietitian Monthly Note", """
RENAL RD - monthly
59 M, ESRD (FSGS), HD MWF since 2015. Diet-controlled type 2 DM (A1c 6.2), no meds for it. On
warfarin for recurrent DVT.
Post wt 92.4kg | Ht 1.76m | BMI 29.8
Lab 9/9 -> alb 3.4, PO4 6.3, K 5.7, iPTH 520, Ca 9.5, B12 168 (L).
Intake: eating ~50% of meals x 1 month, nausea mornings. Recall: toast, broth, little protein.
Vit K: greens intake steady - fine for INR.
Plan: protein snack at HD; will ask NP for monthly B12 injections once approved (none given yet);
if intake stays under 50% for another month, discuss short-term NG tube feeds. Antiemetic before
breakfast per NP.
"""),
("2020-10-06", "Nephrology Progress Note", """
Nephrology - HD rounds
S: painful dark patches, both calves, since mid-September. Denies any injury, falls, bug bites,
tight socks, heating pad or ice packs to the calves. Never had shots in the legs.
Exam: both calves, back side: 2-4cm violaceous retiform plaques x6, two with black
eschar on the R. DP 1+ both.
Lab: INR 2.6 | iPTH 545 | PO4 6.8 | Ca 9.7
A/P: Suspect calciphylaxis. Hold warfarin; heparin in the HD circuit only. Derm bx. Calcitriol
stopped; sevelamer up. B12 shots still not started - deferred.
"""),
("2020-10-20", "Dermatology Note", """
DERMATOLOGY
59M on HD, both calves with painful plaques since mid-Sept.
Bx 10/9 (R posterior calf, incisional): subcut vessel walls calcified + thrombosed, calcium
within fat lobules as well. Dx: calciphylaxis, calves bilat, biopsy-proven.
Counseling: nothing compressive on the legs (wraps, stockings); avoid heating pads and ice. If he
ever needs enoxaparin or other shots, arms or abdomen only, never the legs.
Plan: thiosulfate thrice weekly w/ dialysis, warfarin stays off (apixaban per hematology), wound care: foam dressings.
Wt per HD 91.3kg -> BMI 29.5, overweight.
"""),
]}

F13 = {"patient_id": "F13", "age": 50, "sex": "F", "notes": [
("2022-03-15", "PD Dietitian Note", """
PD RD - quarterly
50 F, ESRD (DKD), CCPD since 2020, PD catheter exits in the RLQ. T2DM on insulin aspart +
glargine; she injects around her navel, rotating in a small circle.
Ht 1.60m, wt (drained) 87.0kg, BMI 34.0.
Glucose load from dialysate: ~400 kcal/d absorbed (2.5% bags x 2).
Lab -> alb 3.5, K 4.1, PO4 6.0, iPTH 505, Ca 9.2, A1c 7.7.
Nutrition dx: Excess carbohydrate intake (dialysate + sweet drinks) AEB A1c 7.7, wt +2kg.
Plan: swap juice for water, 1.5% bags where possible (ask PD RN), protein 1.2/kg IBW;
Ca acetate 2 tabs w/ meals continues.
"""),
("2022-05-03", "PD Nephrology Clinic Note", """
PD CLINIC - nephrology
S: "like a burn" on her L side since mid-April.
O: L flank (posterolateral) - indurated violaceous plaque 6x4cm, retiform edge, small eschar
centrally. Abd soft; exit site RLQ healthy, tunnel nontender.
Lab: PO4 6.4 | cCa 9.6 | iPTH 560
Imp/plan: ?calciphylaxis. Derm for punch. Ca acetate -> sevelamer 1600 w/ meals. Cinacalcet.
RD aware.
BP 136/80, wt 86.4kg. PD Rx unchanged: cycler 5 x 2.2L at night + icodextrin 1.5L day dwell.
UF ~900 mL/d, residual urine ~500 mL. Pain 7/10, tramadol avoided - acetaminophen + topical
lidocaine for now. RTC 2 wks.
"""),
("2022-05-17", "Dermatology Note", """
DERMATOLOGY
50F on PD. L flank plaque since mid-April.
Bx 2022-05-06: calcified + thrombosed subcut arterioles, surrounding fat necrotic = calciphylaxis.
Exam: L posterolateral flank 6.5x4.5cm, eschar 1.5cm. Well lateral to her periumbilical
insulin sites (soft, no purpura) and far from the R-sided PD catheter exit. Abdominal wall
itself: no lesions.
Assessment: calciphylaxis, L flank - no local trauma identified; she recalls no bumps, heat or
binders there.
Plan: thiosulfate (nephrology orders) three times a week, foam dressing, palliative for pain. BMI 33.8 at today's
weigh-in.
"""),
]}

F14 = {"patient_id": "F14", "age": 60, "sex": "F", "notes": [
("2025-01-14", "HD Dietitian Monthly Note", """
RD MONTHLY - Riverbend Dialysis, TTS
60 F, ESRD (DKD), HD since 2020. PMH obesity, T2DM, glargine 30 u nightly - injects into the
lower abdomen. Losing wt on purpose for transplant work-up.
Post wt 80.1kg, Ht 1.62m, BMI 30.5.
Burned her R forearm draining a pot of pasta water on 1/10 - blister on the inner forearm, dressed
by urgent care.
Lab 1/8 -> alb 3.8, PO4 5.2, iPTH 350, Ca 9.6, K 4.9, A1c 7.2.
Plan: continue 1500 kcal plan, protein 1.2 g/kg IBW, sevelamer 800mg w/ meals. Praised 2kg loss.
F/u Feb.
"""),
("2025-02-25", "Dermatology Consult", """
DERMATOLOGY CONSULT
60F on HD; tender plaques on both breasts, onset early February.
Exam: inferior aspect of both breasts - several 2-5cm violaceous retiform plaques, L one with a
1cm eschar; very tender. R forearm: healing superficial scald, pink base, peeling blister
roof - a burn, not calciphylaxis. Lower abdominal insulin sites soft, no plaques.
Bx 2/21 (L breast, punch): calcified small subcutaneous vessels + thrombi -> calciphylaxis.
Assessment: calciphylaxis of the breasts. The forearm burn is unrelated and healing.
Plan: STS with HD, no Ca binders, soft supportive bra, wound care for the L breast eschar.
"""),
("2025-03-11", "Nephrology Note", """
Nephrology HD rounds
Problem list: ESRD on HD, T2DM (insulin), obesity, calciphylaxis of the breasts (bx 2/21/25).
Post wt 77.2kg today, BMI 29.4 - intentional loss continues but slower now given pain.
Lab: alb 3.6 | iPTH 300 | PO4 4.9 | Ca 9.2
Plan:
- Thiosulfate course: dose 6 of 12 given today.
- Cinacalcet 60 mg.
- RD: keep protein up, no more wt-loss push until wounds heal.
- Breast wounds: improving per derm; forearm burn healed.
- Next monthly labs 4/8; PTH recheck then.
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
