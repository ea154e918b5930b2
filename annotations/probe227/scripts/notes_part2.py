"""probe227 corpus notes, E08-E14 (laser, electrolysis and minor procedures clinic, and the
nephrology, dermatology and wound notes around it; all people, places and wording invented)."""

E08 = {"patient_id": "E08", "age": 54, "sex": "M", "notes": [
("2019-02-06", "Minor Procedure Note - Shave Biopsy", """
Willowbank Minor Procedures -- procedure note    06-Feb-2019
Proc: shave biopsy, pigmented papule R lateral thigh
54M, "mole" that his wife says has changed. PMH: ESRD from IgA nephropathy, dialysis
M-W-F in-centre; atrial fib, warfarin (2/4 INR 2.3); HTN. Nondiabetic. BMI 29.9 -- overweight.
Lesion: 7 mm irregular brown papule, R lateral thigh, mid. Dermoscopy: atypical network.
Procedure: consent, time-out. Lidocaine 1% w/ epi 1.5 mL intradermal wheal. Deep shave
with a flexible blade to mid-dermis. Hemostasis: aluminum chloride + firm pressure (INR
noted). Specimen to path. Vaseline + bandage.
BP 144/86, P 88 irreg
Path f/u by phone in 1-2 wks.
"""),
("2019-04-02", "Dermatology Clinic Note", """
Derm clinic   04/02/19
54M on HD and warfarin. Shave bx R lateral thigh 2/6/19 -> dysplastic nevus, mild atypia,
margins clear, no re-excision needed.
HPI: the shave site never fully closed; 6 weeks ago it turned exquisitely painful with a
purple, firm area spreading out from it.
Exam: R lateral thigh at the old shave site: 3cm black-crusted ulcer set in an 8x6cm
violaceous, retiform plaque, indurated. Trunk and remaining legs clear.
Labs 3/29: Ca10.2  PO4 7.6  PTH956  Alb3.1  INR2.7
Assessment: calciphylaxis, classic look, developing in the shave biopsy / lidocaine site.
Deep incisional bx done today to document it.
Plan: message nephrology re sodium thiosulfate; warfarin -> discuss apixaban with
cardiology.
"""),
("2019-04-16", "HD Rounding Note", """
HD rounding  4/16/2019 -- chair 6, Ridgeway Kidney Ctr
Derm incisional bx 4/2: subcutis shows calcium-laden small arterioles, some
thrombosed; von Kossa stain + = calciphylaxis, R lateral thigh (in the old shave bx site).
Pre-HD BP 150/84, wt 91.2kg, BMI 29.9, UF goal 2.5 L. Access: L BC fistula,
thrill +.
Plan: STS 25 g IV post-run TIW; dialysate calcium 2.0; cinacalcet 30->60mg.
Warfarin discontinued today (cardiology in agreement); apixaban 2.5mg twice daily begun.
Pain: hydromorphone 1mg PO, 6-hourly prn. Wound clinic referral sent.
Not diabetic, no insulin.
"""),
]}

E09 = {"patient_id": "E09", "age": 59, "sex": "M", "notes": [
("2021-06-08", "Tattoo Removal Session", """
TATTOO REMOVAL -- session 2     6/8/21
Lumen & Leaf Laser Studio, Westbrook
59M; tattoo R lateral calf (anchor, black ink), 9 x 7 cm.
QS Nd:YAG (1064), spot 3mm, 3.5 J/cm2, 5 Hz, 1 pass, Zimmer air cooling.
Frosting achieved; a few pinpoint bleeds; mild edema. No blistering after session 1
(4/13/21).
Health: dialysis chair Tues/Thurs/Sat; T2DM - linagliptin, no insulin; BMI 34.0. No anticoagulant.
Aftercare: ointment + non-stick pad 3 d; out of the sun; no soaking in tubs.
Next: 8 wk.
"""),
("2021-08-03", "Dermatology Consult", """
Dermatology, new consult     August 3, 2021
59M, HD, DM2 (tablets, no insulin), obese (BMI 34.0).
HPI: painful ulcer, inner L calf, since the July 4th weekend; it began purple
and hard. Pain 10/10, walking with a cane.
Skin: L medial calf: 5x4cm ulcer, adherent black eschar over the base, livedo racemosa
and induration around it out to 12cm. R lateral calf: faded anchor tattoo, laser sites healed, no
purpura, no ulcer. Feet warm; pedal pulses 2+.
Labs (7/30): Ca9.8  P7.0  PTH870  Alb3.2.
A: retiform L calf ulcer -- ?calciphylaxis, ?arterial
P: punch bx x2, ABIs, nephrology aware. No more tattoo laser for now.
"""),
("2021-08-17", "HD Rounding Note", """
HD rounds 8/17/21 -- Northgate, chair 3
Path (8/3, L medial calf): calciphylaxis -- calcific medial deposits + thrombosis in
subcut arterioles; von Kossa +. ABIs 1.0 both sides -- no PAD.
Plan: thiosulfate first dose 25gm today, then with every run; calcium-based binder off -> sevelamer;
cinacalcet 60; PTH target 150-300. L calf to wound clinic.
Linagliptin continues, no insulin. Pre-HD BP 144/80, BMI 33.6.
Pt asked whether the tattoo laser did this; told him the ulcer sits on the L leg, while the
lasered R calf skin looks fine. Tramadol 50 q12h prn. Labs again 8/31.
"""),
]}

E10 = {"patient_id": "E10", "age": 52, "sex": "F", "notes": [
("2022-01-25", "Laser Hair Removal Treatment Note", """
LHR treatment note -- 01/25/2022
Lumen & Leaf Laser Studio
52F, lower legs bilat, from the ankles up to just below the knees (knees and thighs NOT
treated).
Tx 5 of 8. Alexandrite 755 nm, 18 mm, 16 J/cm2, 3 ms, cryogen spray cooling.
Response: perifollicular edema, no adverse effects reported from tx 4.
Health update: home CCPD nightly; DM2 on basal-bolus insulin; BMI 28.4; no warfarin.
BP 124/70, HR 76.
Pre-tx photos; no rash or open skin on the shins.
Aftercare reviewed. Next tx 8 wks.
"""),
("2022-03-08", "Dermatology Clinic Note", """
Derm 3/8/2022
52F on CCPD, insulin-treated DM2, BMI 28.4.
HPI: ~4 wks: exquisitely sore, firm area, R inner thigh, a little above the knee. Laser
hair removal of both lower legs through Jan 2022 -- she points out that the laser stopped
below the knees and this spot is above that line.
O: R distal medial thigh, 10cm up from the joint line: 4x4cm indurated
plaque, livedoid margin, central 8 mm black eschar. Knees and both lower legs clear, no
purpura, smooth laser-treated skin.
Labs: Ca10.0  Phos6.6  PTH495  Alb3.3
Imp: calciphylaxis suspected.
P: punch bx w/ von Kossa; pain: acetaminophen, gabapentin 100 qhs.
"""),
("2022-03-22", "Nephrology PD Clinic", """
PD clinic    22 Mar 2022
Bx R distal medial thigh (3/8): calciphylaxis (calcified arterioles, von Kossa +).
CCPD 4 x 2.5 L, Kt/V 2.0.
Plan: IV STS TIW at infusion; lower-Ca dialysate; sevelamer; cinacalcet 30.
Further laser hair removal suspended.
Insulin: glargine 18u + lispro SSI. No warfarin.
Vitals: BP 128/72  BMI 28.2. Labs: Ca9.6  Phos6.1  Alb3.3.
Pt asks to restart the leg laser once this heals -- wait, and ask derm first. Catheter exit
site tidy, no crust; drained bags look clear. PD RN call in 1 wk, RTC 4 wks.
"""),
]}

E11 = {"patient_id": "E11", "age": 64, "sex": "F", "notes": [
("2023-09-26", "Laser Hair Removal - Session 1", """
Laser Hair Removal -- Session 1     09/26/23
Willowbank Laser & Minor Procedures
64F, bikini line + upper inner thighs. Fitz II, dark hair. Consent signed.
Pre-tx skin check: pea-sized tender sore on the L upper inner thigh; per pt present
since about Labor Day, thinks it is an ingrown hair. Avoided w/ a 2 cm margin,
photo taken, advised to show PCP/derm.
Device: 810 diode, 12 mm, 26 J/cm2, 2 passes, contact cooling.
Response: perifollicular erythema, no blistering.
Hx: ESRD (dialysis Mondays, Wednesdays, Fridays); AF (warfarin); nondiabetic; BMI 38.0.
BP 140/82, HR 74 irreg.
Next tx 6 wks.
"""),
("2023-10-10", "Dermatology Clinic Note", """
Derm -- new    10/10/2023
64F on HD and warfarin (AF), BMI 38.
HPI: L upper inner-thigh sore, first noticed Labor Day weekend; phone photos from 9/10 show a
dime-sized purple spot. First laser hair removal session 9/26 (the sore itself was
avoided); since then bigger and black. Pain 8/10.
Exam: L proximal medial thigh: 6x4cm firm dusky-violet plaque, 2cm eschar centrally,
livedo at the periphery. R thigh: perifollicular pink macules from the laser only.
Labs: Ca9.1  Phos8.2  PTH1250  Alb2.8  INR3.4
A: probable calciphylaxis; ddx warfarin-induced necrosis. The lesion was there before the
laser.
P: deep punch bx; d/w nephrology; hold the laser series.
"""),
("2023-10-24", "Nephrology Clinic", """
Nephrology clinic    10/24/23
Bx 10/10: calciphylaxis confirmed, L proximal medial thigh (calcified arterioles with
clot, necrotic fat, von Kossa +).
HD Mon/Wed/Fri, 4h, via L AVF. Pre-HD BP 148/80.
Plan: start STS on dialysis days; raise cinacalcet; parathyroidectomy consult given PTH 1250; warfarin ->
apixaban per cardiology (CHA2DS2-VASc 4). No diabetes. BMI 38.0.
She fears the laser caused this; went over her 9/10 phone photos, which show the sore
before any laser. Renal dietitian: phosphate review. RTC 3 wks, sooner if fever.
"""),
("2023-11-14", "Wound Care Clinic", """
Wound clinic    11/14/23
L proximal medial thigh calciphylaxis wound: 5.2x3.6x0.5cm; eschar 70% / yellow
slough 30%; exudate scant, serous.
Sharp debridement of nonviable slough, #15 blade, 2.4 cm2, tolerated with topical
lidocaine.
Dressing: collagenase to eschar edges, foam cover. HH nursing three times a week.
Periwound: violaceous induration 3cm past the edge, no cellulitis. Photo to chart.
Pain 6/10. On apixaban now (warfarin stopped 10/25). BMI 37.6. T 36.9, BP 138/76.
Next 2 wks. Pt and HH nurse given the wound measurements sheet.
"""),
]}

E12 = {"patient_id": "E12", "age": 71, "sex": "M", "notes": [
("2020-05-19", "Minor Procedure Note - Punch Biopsy and Cryotherapy", """
Procedure note    05/19/2020    Willowbank Minor Procedures
71M referred by nephrology (Dr Faraday) for bx of a painful R calf ulcer, ?calciphylaxis.
Ulcer: R posterior calf, 3x2.5cm, eschar black, violaceous retiform rim; onset April by
his account; no calf injury he can think of.
Proc 1: 1% lidocaine 2 mL, 4mm punch x2, active edge; 4-0 nylon x1 each.
Path: H&E, VK stain requested.
Proc 2: LN2 cryo to 2 AKs on the forehead, 1 freeze-thaw each.
PMH: ESRD, HD TTS; DM2 -- off insulin since 2019, now linagliptin; no warfarin. BMI 25.2.
BP 136/70, HR 68.
"""),
("2020-05-28", "Nephrology Clinic", """
Nephrology 5/28/20
Path 5/19, R posterior calf: calciphylaxis (calcium in arteriolar walls, thrombosis,
panniculitis w/ fat necrosis; VK stain +).
Since the biopsy he has been icing the calf ulcer with frozen peas most evenings to
dull the pain -- told him to quit that.
HD TTS via R AVF, Kt/V 1.4. Labs: Ca9.9  P7.3  PTH690  Alb3.2.
Plan: thiosulfate 25gm on HD days; sevelamer; cinacalcet 30; wound clinic.
DM: linagliptin only, no insulin since 2019 weight loss. BMI 25.0.
Pain: acetaminophen 1g bid, gabapentin 100 post-HD.
"""),
("2020-06-16", "Wound Care Clinic", """
WOUND CARE   6/16/2020
Calciphylaxis ulcer, R post. calf -- 3.4x2.8x0.3cm, 50% eschar, 50% slough, punch
bx sites within the wound margin healed over.
Selective debridement of slough with curette, minimal bleeding.
Dressing: silver alginate + dry gauze + light wrap, change every other day by HH nurse.
Dressing changes hurt, 6/10. Stopped the frozen peas.
Periwound dusky, 2cm induration, no odour. ABI 0.9 on the R. Trace edema.
BP 130/72, T 36.6. Forehead cryo spots healed. Pt asks about more cryo: not now.
RTC 2 wks.
"""),
]}

E13 = {"patient_id": "E13", "age": 45, "sex": "F", "notes": [
("2021-10-05", "Nephrology Clinic", """
Nephrology clinic     10/05/2021
45F, HD Tues/Thurs/Sat at Northgate; DM2, insulin -- she injects the thighs only ("never the tummy"), BMI 40.2.
New: for 3 wks, sore firm areas spanning the lower belly. Denies any injury, heating pad,
ice, injections or procedures on the abdomen. Med list unchanged. Has never been on warfarin.
Exam: infraumbilical pannus bilat: two indurated violaceous plaques, 5 and 7 cm, livedo
at the edges. Thighs: injection sites unremarkable, no lesions.
Labs: Ca10.3  Phos7.4  PTH900  Alb3.0.
A: ?calciphylaxis.
P: derm urgently for biopsy; calcium carbonate discontinued.
"""),
("2021-10-14", "Dermatology Clinic Note", """
Dermatology   10/14/21
Punch bx 10/7 of the lower abdominal plaque: calciphylaxis -- calcified subcut
arteriolar walls (VK +), necrotic fat.
Today both pannus plaques larger, the L one now carries a 1cm eschar. Pain 8/10.
Counselled: no snug waistbands, and nothing hot or icy against the belly; keep insulin in the
thighs.
Plan: STS via nephrology; wound RN; gabapentin 100 after HD. BMI 40.2.
BP 144/86, T 36.9. Thigh injection sites clean. Path copy faxed to her unit; wound RN
visit Thurs.
"""),
("2022-01-11", "Laser Hair Removal Consult", """
LASER CONSULT -- hair reduction    01/11/2022
Lumen & Leaf Laser Studio
45F asks about laser hair removal of the lower abdomen and electrolysis of the chin.
Calciphylaxis of the lower abdomen dx Oct 2021, healing under nephrology/wound care;
pannus with pink scars and one small dry eschar on the L.
Decision: we will NOT laser the abdomen. If she wants it later, only after full healing and
with her nephrologist's OK, test spot first. Chin electrolysis planned for next month.
No treatment given today.
Hx: HD, insulin-treated DM2, BMI 40.0.
BP 142/88.
"""),
]}

E14 = {"patient_id": "E14", "age": 60, "sex": "M", "notes": [
("2022-07-19", "Tattoo Removal Session", """
TATTOO REMOVAL -- session 3     07/19/2022
Willowbank Laser & Minor Procedures
60M, name tattoo on the L dorsal forearm, black + green, 8 x 3 cm.
Q-switched ruby 694 nm, 4 mm spot, 5.0 J/cm2 (raised from 4.2), 1 pass.
Pre-tx: earlier sites intact, letters ghosting.
Endpoint: frosting, some immediate blistering at the green letters.
Health: CAPD for 2 yrs; no DM; anticoag: none; BMI 26.1.
Aftercare: bacitracin, non-stick dressing, no sun; call if blisters get large.
BP 130/78.
Next session 8-10 wks.
"""),
("2022-07-28", "Laser Clinic Follow-up", """
Post-laser check    28 Jul 2022
L forearm tattoo site 9 days after the ruby laser: ruptured blisters, 6 x 2 cm crusted
erosion over the green letters, pink edge, mildly tender. No purpura, no necrosis, no pus.
Imp: superficial partial-thickness laser burn, fluence too high for green ink.
Plan: silver sulfadiazine bid x 10 d, non-stick dressing. Next session at 4.2 J/cm2 only
once healed. Apologized to pt; incident logged. Pt upset but understanding; burn care
sheet reviewed. Photos uploaded.
T 36.8, BP 128/76.
"""),
("2022-09-13", "Dermatology Consult", """
DERM CONSULT    Sept. 13, 2022
60M on CAPD, BMI 26.1.
HPI: since August, purple and very sore areas of the inner thighs (both), now crusted
black. Bx 2022-09-01 by PD team: calciphylaxis (von Kossa + calcified arterioles).
Exam: both medial thighs show retiform purpura and ulceration, L 6x4cm, R 4x3cm, each
with eschar. He denies shots, knocks or heat applied to the thighs.
L forearm: the laser burn has healed with hypopigmentation, no induration or purpura --
not calciphylaxis.
Plan: PD unit to give STS; wound RN; pain team. No more tattoo laser for now.
"""),
]}

PATIENTS = [E08, E09, E10, E11, E12, E13, E14]
