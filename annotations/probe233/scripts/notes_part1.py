"""probe233 corpus notes, L01-L07 (teledermatology e-consults and the clinics around them; all invented)."""

L01 = {"patient_id": "L01", "age": 63, "sex": "F", "notes": [
("2023-06-20", "Teledermatology eConsult Request", """
STORE-AND-FORWARD eCONSULT - DERMATOLOGY
From: Rosalind Achebe, FNP (Cobble Hill Family Medicine)   Sent 06/20/2023 14:12
Urgency selected: URGENT (48 h)

Clinical question: Painful dark plaque R lower abdomen, noticed 2 weeks ago. Cellulitis vs
something worse? Does she need to be seen in person?

Background: 63 yo F, T2DM, started insulin glargine in March 2023 after metformin was
stopped for her kidneys; she gives the shots into her belly. ESRD - in-centre HD
TTS via R brachiocephalic fistula. HTN, hypothyroid. Never anticoagulated.
Wt 98.1 kg, BMI 36.2.
Pt describes a tender red spot that darkened and now has a black centre; pain 9/10,
wakes her at nite. Tried bacitracin. No fever.

Images: 3 JPEGs attached (overview, close-up with mm ruler, oblique). Fitzpatrick IV.
Visible: ~5x3.5cm stellate plaque RLQ, central black crust, purple lacy border.
"""),
("2023-06-21", "Teledermatology eConsult Response", """
eCONSULT RESPONSE - Ingrid Solvang, MD, Dermatology (teledermatology pool)
Images reviewed: 3/3, adequate (one mildly out of focus). Time spent: 14 min.

Impression: Retiform purpura with central eschar, right lower quadrant, in a
hemodialysis patient. Strongly suspicious for calciphylaxis (calcific uremic
arteriolopathy). Notably it lies in the area where she injects her glargine.
Infection is less likely (afebrile, no purulence); warfarin necrosis unlikely as she
takes no warfarin.

Recommendations:
1. Face-to-face derm visit - booked 6/23: deep incisional bx, margin of plaque.
2. Let nephrology know today; Ca, phos, PTH, albumin.
3. Move insulin injections to the thighs or upper arms, well away from this plaque.
4. No home debridement; nonadherent dressing daily, pain control via PCP.
In-person visit required: YES.
This opinion rests on images and history only; I have not examined the patient.
CPT 99451.
"""),
("2023-07-05", "Nephrology HD Rounding Note", """
HD ROUNDS  07/05/23  Tidewater Dialysis, chair 12
63F; diabetic nephropathy -> ESRD; thrice-weekly in-centre HD x3 yrs, EDW 96.5 kg.
Skin bx 2023-06-23 (derm, RLQ plaque edge): calcified walls of small subcut vessels
with intraluminal thrombi - calciphylaxis confirmed. Lesion today ~6x4cm, dry eschar,
nil exudate; pain 7/10 despite oxycodone 5mg prn.
Bloods: Ca 9.4mg/dL | phosphate 6.9mg/dL | iPTH 812
Plan:
- STS 25g/run IV, infused over HD's closing hour
- swap Ca acetate for sevelamer (1600mg, 3x daily with food); add cinacalcet 30mg
- Dialysate Ca 2.0
- Insulin now into thighs (per derm); glargine dose unchanged
- Wound RN weekly, palliative care referral for pain
Today wt 96.8kg, BMI 35.8.
"""),
]}

L02 = {"patient_id": "L02", "age": 71, "sex": "M", "notes": [
("2024-10-08", "PD Clinic Note", """
Peritoneal Dialysis Clinic - monthly visit     Oct 8, 2024
Pt: 71M, ESRD from IgA nephropathy, CCPD 5 exchanges overnight, good clearance
(weekly Kt/V 1.9 in September). Not diabetic. Warfarin for AF (today's INR 2.6).
Wt 84.0 kg  BMI 28.4.
S: L knee OA flare over the summer; since Labor Day he has been icing the L knee with a gel
ice pack "4-5 times a day, sometimes right on the skin". New complaint: very sore purplish
patch over the inside of the L knee that he first saw on 10/1/24, now with a dark centre.
O: L medial knee - 4 cm violaceous indurated plaque, livedoid edges, central dusky area,
exquisitely tender. Catheter exit site and tunnel: unremarkable.
A/P: Concerned - ?calciphylaxis. Store-and-forward derm eConsult sent today with photos.
Hold ice to the knee. Phos 7.2, will adjust binders.
"""),
("2024-10-09", "Teledermatology eConsult", """
TELEDERM eCONSULT #TD-24-3318
Request (Marguerite Oduya, MD, nephrology): 71M on PD, warfarin, painful violaceous
plaque L medial knee x 1 wk. He had been putting ice packs on that knee daily for about a
month before it appeared. Calciphylaxis? Need for biopsy?
Photos: 4 (one with ruler). Lighting fair.

Response (Tobias Varga, MD, dermatology, 10/09/2024):
Images show a retiform, partly necrotic plaque medial L knee, roughly 4x3cm, with a livedoid
rim. For a PD patient taking warfarin, calciphylaxis heads my list; the main alternative is
warfarin-induced skin necrosis. The location matches the area he has been icing,
and cold exposure at a site is a recognised trigger.
- Please stop icing; no heat either.
- In-person biopsy: derm procedure slot next week.
- Ask cardiology whether apixaban could replace warfarin.
Triage: seen within 7 days.
"""),
("2024-11-04", "Dermatology Clinic Note", """
Derm clinic f/u - 11/4/2024
71 y/o man on PD. Incisional bx from the L medial knee plaque, taken 15 Oct: von Kossa-positive
calcium deposits in subcutaneous arterioles, fat necrosis, microthrombi. Diagnosis:
calciphylaxis. Cardiology changed warfarin to apixaban 10/22. Ice packs stopped.
Exam: eschar 4.5x3.5cm L medial knee, dry, with a thin erythematous halo; no fluctuance,
nothing new elsewhere on full skin exam.
Plan: STS 3x/wk IV - PD nurses to run it in their infusion recliner; dressing w/ hydrocolloid? no -
silicone foam, change q2-3d; gabapentin 100mg at bedtime; RTC 4 weeks, sooner if
drainage or fever. Prognosis discussed openly with him and his son.
"""),
]}

L03 = {"patient_id": "L03", "age": 58, "sex": "F", "notes": [
("2022-04-19", "Teledermatology eConsult Request", """
eConsult to Teledermatology - submitted by Kwame Asante, PA-C, Greystone Dialysis Unit
Date: 19-Apr-2022

58F dialysing (HD, MWF) since 2019 (ESRD due to DKD; type 2 DM treated with linagliptin,
no insulin). L1 compression fracture in January -> rigid lumbosacral brace fitted 14/02/2022
at an outside spine clinic, worn all day. BMI has run 40-42 over the past year.

Q: Since early April, firm tender purple patches, waistline/flanks BILATERALLY,
now blistering on the L. Pressure injury from the brace, or calciphylaxis? Do we need a
biopsy?

Photos: 5 (standing, both sides, close-ups). The lesions form a band on each flank that
follows the brace's lower border. L: 7x3cm dusky plaque with a flaccid blister
and early black center. R: 5x2cm indurated violaceous plaque, intact.
"""),
("2022-04-20", "Teledermatology eConsult Response", """
Teledermatology reply - Priya Balasuriya, MD    04/20/2022
Reviewed 5 images (good quality) and chart.
Assessment: Bilateral flank retiform plaques with early necrosis and bulla, in this obese
woman (HD), exactly where the brace rim presses. Pattern fits calciphylaxis triggered where
chronic pressure has been applied far better than a simple pressure injury (induration,
livedoid margin, pain out of proportion). Biopsy is needed to confirm.
Plan:
1. Derm procedure visit 4/22 - two punch-incisional bx from the R flank plaque margin.
2. Ask spine team for a softer corset or pad the brace edge; nothing tight at the waist.
3. Nephrology: please look at the Ca x P product, PTH, vitamin D, calcium-based binders.
Patient not seen in person; opinion limited to images.
"""),
("2022-05-10", "Wound Care Nurse Note", """
WOUND RN VISIT (chairside, HD)  5/10/22
Pathology 4/22 R flank: calciphylaxis (dermal + subcut vessel walls calcified,
lumens thrombosed). STS started 4/27 with HD.
L flank: eschar 6.5x3cm, edges lifting, small amount serous drainage, periwound
violaceous. R flank: plaque 5x2cm, no open area, very tender to light touch.
Brace replaced by spine clinic with a padded elastic binder 4/28.
Dressings: L - Medihoney + foam, change q48h; R - foam for protection only.
Pain 8/10 during dressing changes -> premedicate per MD. Wt 109.6 kg, BMI 41.3.
Next visit 1 wk.
"""),
]}

L04 = {"patient_id": "L04", "age": 67, "sex": "M", "notes": [
("2025-01-28", "Teledermatology eConsult Request", """
E-CONSULT REQUEST (derm) - Lindqvist Internal Medicine, Dr. Samuel Okafor
Date sent: 1/28/2025   Priority: urgent

67M, ESRD - hemodialysis TTS, R upper-arm graft, T2DM on insulin lispro + degludec, CAD, former
smoker. Warfarin for a LV thrombus 2013-2015, stopped years ago; on aspirin only now.
Weight 102 kg, BMI 31.0.
Admitted to St. Aldric's for pneumonia, discharged 1/14/2025. A peripheral IV line went into
his L forearm on 1/10/25 and was secured with a lot of tape; the nurse had trouble peeling it off.
Since Jan 21 there is a very painful rectangular purple patch on his L volar forearm, now
with a black scab.

Q: tape injury, infected IV site, or calciphylaxis?

Images (3): L forearm overview, close-up w/ ruler, dermoscopy. 4.5x3cm violaceous
plaque, central eschar, stellate edge; no red streaking up the arm.
"""),
("2025-01-29", "Teledermatology eConsult Response", """
TELEDERMATOLOGY RESPONSE  29 Jan 2025  - Dr. Helena Marchetti
Images: good. History reviewed incl. discharge summary.
Dx considerations: (1) calciphylaxis - favoured: HD, diabetes, obesity, prior warfarin; the
plaque is retiform with eschar and fills the footprint of the former IV dressing and tape,
in keeping with a lesion set off by local skin trauma; (2) septic thrombophlebitis - no
cord, no fever; (3) adhesive injury alone would not produce eschar and livedoid borders.
Recs: in-person visit + deep bx (booked 1/31); wound swab if drainage; nephrology aware;
no IVs, BP cuffs or tape on the L arm until healed; paper tape only if unavoidable.
Patient not examined by me.
"""),
("2025-02-12", "Nephrology Clinic Note", """
Nephrology f/u 02/12/2025
Derm bx 1/31: calciphylaxis, confirmed (calcified arterioles, panniculitis, thrombi). Derm
feels this arose at his recent IV/tape site, L forearm.
Wound: 5x3cm eschar L volar forearm, no cellulitis.
Alb 3.2 | PTH 640 | phos 6.1mg/dL | Ca 9.8mg/dL
Plan: thiosulfate 25g IV on every dialysis day; lanthanum instead of calcium carbonate; raise
dialysate flow; cinacalcet 30. Insulin continue (injects abdomen). No warfarin in future -
allergy list updated. Pain: acetaminophen + hydromorphone low dose. Wt 100.4 kg.
"""),
]}

L05 = {"patient_id": "L05", "age": 77, "sex": "F", "notes": [
("2020-11-28", "Dialysis Unit Nursing Note", """
HD RN note - Saturday 11/28/2020, Pinebrook Kidney Center, 2nd shift
Pt arrived via transport chair. Pre-wt 61.3 kg (EDW 60.5). BP 148/72.
Pt reports she banged her R shin into her coffee table's sharp edge on Thanksgiving while
carrying plates. R anterior shin: bluish bruise 3x2cm, skin intact, no swelling, no
bleeding. On warfarin (AF) - INR last week 3.1; MD made aware.
L arm AVF with good thrill; two 15g needles placed easily.
Tx: 3h45m, UF 1.1 L, tolerted well. Post BP 132/66.
Teaching: protect legs at home, report any open area right away.
"""),
("2020-12-18", "Teledermatology eConsult", """
TELEDERMATOLOGY eCONSULT - request 12/18/2020, reply 12/19/2020
Referring: Dr. Anjali Pereira (nephrology, Pinebrook)
77 F on HD, not diabetic, AF on warfarin, BMI 24.9. Since 12/10/2020 painful ulcer
R anterior shin, enlarging. Q: is this calciphylaxis, warfarin skin necrosis or a venous
ulcer? Images x4 (ruler included).

Reply (Dr. Olusegun Hart, derm): The images show, on the R anterior shin, a 3.5x3cm ulcer
with black eschar firmly stuck to it and a violaceous retiform rim extending 2 cm
proximally; no edema or hemosiderin to suggest venous disease. Most likely calciphylaxis;
warfarin necrosis is in the differential. Recommend urgent in-person punch/incisional bx at
the rim, stop warfarin if cardiology agrees (apixaban an option), keep the eschar dry, no
compression wraps. Please reconsult with new images in 2 weeks.
"""),
("2021-01-06", "Nephrology Progress Note", """
Nephrology note 6 Jan 2021
Bx 12/23 R shin ulcer rim: calcified media of small arterioles, thrombosed lumens ->
calciphylaxis. Warfarin stopped 12/24, now apixaban 2.5 BID.
Ulcer R anterior shin 4x3.2cm, eschar intact, minimal exudate, pain 6/10.
Started STS 25g after each HD (3/wk); binder changed to sevelamer; PTH 410.
No heat/ice to legs, avoid bumps - padded shin guard given. BMI 24.7 (wt 60.1 kg).
Hgb 9.8 - ESA dose nudged up. Cardiology letter reviewed: CHA2DS2-VASc 5, apixaban
acceptable long term. Daughter at bedside, questions answered.
"""),
]}

L06 = {"patient_id": "L06", "age": 55, "sex": "M", "notes": [
("2025-06-05", "Anticoagulation Clinic Note", """
ANTICOAGULATION CLINIC  June 5, 2025
55M, mechanical mitral valve (2017), on warfarin; ESRD on CCPD. No diabetes.
INR 1.4 today (missed doses during a GI illness). Per cardiology: bridge with enoxaparin
until INR >= 2.5.
Enoxaparin 95 mg subcut every 24 h (dose reduced for kidney function). Dose #1 administered
here this morning into the R thigh (anterior); self-injection taught. Because of the PD
catheter on his abdomen he will alternate R and L thighs.
Warfarin 7.5 mg daily, recheck INR 6/9.
Wt 106 kg, BMI 33.5.
"""),
("2025-07-14", "Teledermatology eConsult Request", """
eConsult - Dermatology (store & forward)
Sent 07/14/2025 by Fiona Castellanos, RN, on behalf of Dr. Berit Nakamura (PD program)
55 M, CCPD x 2 yrs, warfarin for mech MV, enoxaparin bridge into both thighs since early
June (stopped 6/30 once INR therapeutic). About 3 weeks ago painful hard lumps appeared
over both anterior thighs, now purple with dark centres and very painful. No fever.
Q: injection-site hematomas or calciphylaxis? How urgent?
Images (6): R thigh x3, L thigh x3 with ruler. R: two plaques 4 and 2.5 cm; L: one 5x4cm
retiform plaque with central necrosis.
"""),
("2025-07-15", "Teledermatology eConsult Response", """
Derm eConsult reply - Dr. Ansel Whitcombe   15-Jul-2025
Reviewed 6 images (adequate) and anticoag notes.
Impression: retiform purpura with necrosis on both anterior thighs in this man on PD and
warfarin who has injected enoxaparin into exactly these areas - most consistent with
calciphylaxis at injection sites. Hematomas would not look net-like or necrotic.
Plan:
- in-person incisional bx this week (scheduled 7/17)
- nephrology: calcium/phosphate/PTH review, consider STS
- cardiology: warfarin is needed for a mechanical valve; weigh risk/benefit
- thighs are now off-limits for any SC shot
- photos again in 14 days.
Not examined in person.
"""),
("2025-08-01", "PD Clinic Note", """
PD clinic 8/1/25
Path 7/17, L thigh, read as calciphylaxis: calcified, thrombosed arterioles within the
fat; necrotic fat lobules.
Thigh lesions: L 5.5x4cm eschar; R two smaller plaques, one now ulcerated.
Thiosulfate 25g IV TIW (infusion suite) from 7/22. Warfarin
continued after cardiology discussion (mechanical MV), INR target 2.5-3. PD prescription
adjusted: low-Ca dialysate. Weight 103.9 kg.
Analgesia: oxycodone 5mg q6h PRN, bowel regimen.
Exit site clean. His wife now sets up the overnight cycler. Dietitian reviewed binder
timing with meals (phos 6.8). Pt and wife understand the guarded outlook; f/u 2 wks.
"""),
]}

L07 = {"patient_id": "L07", "age": 69, "sex": "F", "notes": [
("2023-11-20", "Dialysis Monthly Progress Note", """
Monthly HD progress note - Westmere Dialysis, 11/20/23
69F, diabetic ESRD dialysing MWF (L radiocephalic fistula); insulin (glargine, lispro).
Obese, BMI 37.9.
R greater trochanteric bursitis: since the fall she warms a microwaved wheat bag and keeps it
on her R outer hip most evenings; skin over the hip looks normal today, no redness.
Pt told: towel layer under the bag, 20 min max.
Labs: Hgb 10.4, phosphate 6.4 with Ca (corr) 9.9, PTH 590, albumin 3.4. Switch calcium acetate ->
sevelamer. Access: good flows. Kt/V 1.42.
Plan: cont ESA, iron per protocol, f/u 1 month.
"""),
("2024-01-03", "Teledermatology Referral", """
TELEDERMATOLOGY REFERRAL (asynchronous)  01/03/2024
From: Westmere Dialysis - Dr. Yusuf Adeyemi
Pt 69F, HD, DM on insulin, BMI 37.9.
Hx: since Christmas Eve a painful, hard, plum-coloured area over the R lateral hip, now with a
black crust centrally; she keeps using her heat bag there "for the ache". No fever.
Q: burn from the heat bag vs calciphylaxis? Biopsy?
Pics x3: R hip lateral overview, close-up, ruler. Approx 6x5cm violaceous indurated plaque,
2cm black eschar centrally, livedoid border; surrounding skin with faint reticulated brown
pigment.
"""),
("2024-01-04", "Teledermatology eConsult Response", """
eConsult reply  4 Jan 2024  (Dr. Clementine Ruiz, Derm)
The brown lacy pigment around the plaque looks like erythema ab igne from repeated heat, and
the necrotic plaque inside it sits where she has applied the heat bag since the autumn.
Clinically this is calciphylaxis; a thermal burn alone would not give this stellate,
indurated, livedoid pattern. I would still biopsy to exclude infection, but treatment should
not wait.
1) Stop the heat bag completely.
2) Urgent face-to-face derm - incisional biopsy 1/8/24.
3) Nephrology: STS candidacy, binder review.
4) Pain: she needs more than acetaminophen - PCP/palliative.
Re-send photos after bx. Assessment limited to images.
"""),
]}

PATIENTS = [L01, L02, L03, L04, L05, L06, L07]
